"""``hyrdesk costs …`` run as a user runs it (in-process through ``run_cli``), with a real data folder."""

import json

import pytest

from tests.helpers.cli import run_cli

GROUPS = ["Läkare", "Sjuksköterskor/barnmorskor", "Övriga", "Totalt"]
KEYS = ["month", "r12", "ytd", "ytd_prev", "ytd_change", "ytd_change_pct", "hire_ratio_pct", "hire_ratio_r12_pct"]


@pytest.fixture
def data(tmp_path):
    d = tmp_path / "data"
    assert (
        run_cli("units", "add", "--code", "MED4", "--name", "Medicin 4", "--area", "sjukhusvård", data_dir=d).code == 0
    )
    for args in (
        ["4610", "--kind", "hire", "--category", "Läkare"],
        ["4620-4629", "--kind", "hire", "--category", "sjuksköterska"],
        ["5000-5999", "--kind", "own", "--category", "Läkare"],
        ["7000-7999", "--kind", "ignore"],
    ):
        out = run_cli("costs", "accounts", "set", *args, data_dir=d)
        assert out.code == 0, out.err
    return d


def test_accounts_list(data):
    out = run_cli("costs", "accounts", "list", data_dir=data)
    lines = out.out.splitlines()
    assert lines[0].split() == ["4610", "hire", "Hyrkostnad", "Läkare"]
    assert lines[1].split() == ["4620-4629", "hire", "Hyrkostnad", "Sjuksköterska"]
    assert lines[3].split()[:2] == ["7000-7999", "ignore"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["costs", "accounts", "set", "46x", "--kind", "hire"], "inget konto"),
        (["costs", "accounts", "set", "4650-4625", "--kind", "hire"], "baklänges"),
        (["costs", "accounts", "set", "4625-4700", "--kind", "hire"], "överlappar delvis"),
        (["costs", "accounts", "set", "4630", "--kind", "hyra"], "inget giltigt val"),
        (
            [
                "costs",
                "add",
                "--unit",
                "MED4",
                "--month",
                "2023-13",
                "--category",
                "Läkare",
                "--kind",
                "hire",
                "--amount",
                "5",
            ],
            "ingen giltig månad",
        ),
        (
            [
                "costs",
                "add",
                "--unit",
                "MED4",
                "--month",
                "2023-01",
                "--category",
                "Läkare",
                "--kind",
                "hire",
                "--amount",
                "fem",
            ],
            "inget belopp",
        ),
        (
            [
                "costs",
                "add",
                "--unit",
                "MED4",
                "--month",
                "2023-01",
                "--category",
                "Läkare",
                "--kind",
                "hire",
                "--amount",
                "100000000000000000000",
            ],
            "orimligt stort",
        ),  # was an OverflowError from SQLite
        (
            [
                "costs",
                "add",
                "--unit",
                "NOPE",
                "--month",
                "2023-01",
                "--category",
                "Läkare",
                "--kind",
                "hire",
                "--amount",
                "5",
            ],
            "ingen enhet",
        ),
        (["costs", "import", "saknas.csv", "--unit", "MED4"], "finns inte"),
        (["costs", "summary", "--unit", "MED4"], "inga kostnader"),
        (["costs", "undo-import", "7", "--unit", "MED4"], "ingen import"),
    ],
)
def test_errors_are_one_clear_line(data, args, message):
    out = run_cli(*args, data_dir=data)
    assert out.code == 2, out.out
    assert message in out.err and "Traceback" not in out.err
    assert len(out.err.strip().splitlines()) == 1


def test_import_prints_rejected_rows_and_saves_the_rest(data, tmp_path):
    f = tmp_path / "utdrag.csv"
    f.write_text(
        "Rapport hyrkostnader\n\nAnsvar;Period;Konto;Utfall\n"
        "MED4;2023-01;4610;12 000,50\nMED4;2023-01;9999;5\nMED4;2023-13;4610;1\nMED9;2023-01;4610;1\n",
        encoding="utf-8",
    )
    out = run_cli("costs", "import", str(f), "--unit", "MED4", "--dry-run", data_dir=data)
    assert out.code == 0, out.err
    assert "Rad 5: kontot finns inte i kontotabellen (konto 9999)" in out.out
    assert "Rad 6:" in out.out and "ingen giltig månad" in out.out
    assert "1 rader gäller andra kostnadsställen (MED9)" in out.out
    assert "Inget sparades" in out.out
    assert "har inga importer" in run_cli("costs", "imports", "--unit", "MED4", data_dir=data).out
    out = run_cli("costs", "import", str(f), "--unit", "MED4", data_dir=data)
    assert out.code == 0 and "1 rader importerades för MED4" in out.out
    out = run_cli("costs", "imports", "--unit", "MED4", data_dir=data)
    assert "utdrag.csv" in out.out and "gäller" in out.out
    import_id = out.out.split()[0]
    out = run_cli("costs", "undo-import", import_id, "--unit", "MED4", data_dir=data)
    assert out.code == 0 and "är ångrad" in out.out


def test_import_with_columns_named_on_the_command_line(data, tmp_path):
    f = tmp_path / "konstig.csv"
    f.write_text("Per;Kto;Kronor\n202301;4610;100\n", encoding="utf-8")
    out = run_cli("costs", "import", str(f), "--unit", "MED4", data_dir=data)
    assert out.code == 2 and "hittar inte kolumnerna" in out.err
    out = run_cli(
        "costs",
        "import",
        str(f),
        "--unit",
        "MED4",
        "--column",
        "period=Per",
        "--column",
        "konto=B",
        "--column",
        "belopp=Kronor",
        "--whole-file",
        data_dir=data,
    )
    assert out.code == 0, out.err
    # The mapping is remembered for files of the same shape.
    g = tmp_path / "konstig2.csv"
    g.write_text("Per;Kto;Kronor\n202302;4610;100\n", encoding="utf-8")
    assert run_cli("costs", "import", str(g), "--unit", "MED4", "--whole-file", data_dir=data).code == 0


def test_add_and_summary_json(data):
    for month in ("2022-01", "2022-02", "2022-03", "2023-01", "2023-02"):
        for kind, amount in (("hire", "10000"), ("own", "500000")):
            assert (
                run_cli(
                    "costs",
                    "add",
                    "--unit",
                    "MED4",
                    "--month",
                    month,
                    "--category",
                    "Läkare",
                    "--kind",
                    kind,
                    "--amount",
                    amount,
                    data_dir=data,
                ).code
                == 0
            )
    out = run_cli(
        "costs",
        "add",
        "--unit",
        "MED4",
        "--month",
        "2023-02",
        "--category",
        "Läkare",
        "--kind",
        "hire",
        "--amount",
        "-2 500,50",
        data_dir=data,
    )
    assert out.code == 0 and "7 499,50" in out.out.replace("\u00a0", " ")
    out = run_cli("costs", "summary", "--unit", "MED4", "--month", "2023-02", "--json", data_dir=data)
    assert out.code == 0, out.err
    result = json.loads(out.out)
    assert list(result) == GROUPS
    assert all(list(v) == KEYS for v in result.values())
    d = result["Läkare"]
    assert d["month"] == 7499.5
    assert d["r12"] is None  # only five months exist
    assert d["ytd"] == 17499.5 and d["ytd_prev"] == 20000
    assert d["ytd_change"] == -2500.5 and d["ytd_change_pct"] == -12.5
    assert d["hire_ratio_pct"] == 1.5  # 7 499,50 / 500 000
    assert d["hire_ratio_r12_pct"] is None
    n = result["Sjuksköterskor/barnmorskor"]
    assert n["month"] == 0 and n["ytd_change_pct"] is None and n["hire_ratio_pct"] is None
    assert result["Totalt"]["ytd"] == 17499.5
    text = run_cli("costs", "summary", "--unit", "MED4", data_dir=data).out
    assert "februari 2023" in text and "Läkare" in text and "Totalt" in text


def test_cost_centres_on_the_command_line(data, tmp_path):
    """units set replaces the list; an import with none of the unit's centres fails and names them."""
    from tests.helpers.ledgers import ROWS, swedish_csv

    f = swedish_csv(tmp_path / "huvudbok.csv", rows=[r for r in ROWS if r[2] != "5011"])
    out = run_cli("costs", "import", str(f), "--unit", "MED4", data_dir=data)
    assert out.code == 2
    assert "kostnadsställena 41230, 41231, 41300" in out.err and "Ingenting sparades" in out.err
    assert "har inga importer" in run_cli("costs", "imports", "--unit", "MED4", data_dir=data).out
    out = run_cli("units", "set", "--code", "MED4", "--cost-centre", "41230", "--cost-centre", "41231", data_dir=data)
    assert out.code == 0 and "41230, 41231" in out.out
    out = run_cli("units", "set", "--code", "MED4", "--cost-centre", "41230", data_dir=data)
    assert "kostnadsställena 41230." in out.out
    assert "kostnadsställen: 41230" in run_cli("units", "list", data_dir=data).out
    out = run_cli("costs", "import", str(f), "--unit", "MED4", "--cost-centre", "41231", data_dir=data)
    assert out.code == 0, out.err
    assert "2 rader gäller andra kostnadsställen (41300)" in out.out and "bara 41230, 41231" in out.out
    summary = json.loads(
        run_cli("costs", "summary", "--unit", "MED4", "--month", "2026-02", "--json", data_dir=data).out
    )
    assert summary["Totalt"]["ytd"] == 6613394
    out = run_cli(
        "units",
        "add",
        "--code",
        "KIR1",
        "--name",
        "Kirurgi",
        "--area",
        "sjukhusvård",
        "--cost-centre",
        "51000",
        data_dir=data,
    )
    assert out.code == 0 and "kostnadsställen: 51000" in out.out
    g = swedish_csv(tmp_path / "utan.csv", rows=[r[1:] for r in ROWS[:2]], header=("Period", "Konto", "Text", "Belopp"))
    out = run_cli("costs", "import", str(g), "--unit", "KIR1", data_dir=data)
    assert out.code == 2 and "--whole-file" in out.err
    assert run_cli("costs", "import", str(g), "--unit", "KIR1", "--whole-file", data_dir=data).code == 0
