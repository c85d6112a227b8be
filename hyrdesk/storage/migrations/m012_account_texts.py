"""Schema v12: the ledger's text for each account (Kontotext), as the last import gave it.

Kept so that a reason can name the account the way the ledger does ("konto
5411 Arbetsgivaravgifter saknar yrkeskategori") instead of by number alone.
"""

SQL = """
CREATE TABLE account_texts (
    account  INTEGER PRIMARY KEY,
    text     TEXT NOT NULL
);
"""
