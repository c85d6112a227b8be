; hyrdesk: Windows installer (NSIS 3, Unicode), per user, no administrator rights.
;
; Compiled by packaging/build.py, which passes the values below from
; hyrdesk.__version__ (packaging/buildinfo.py):
;   makensis -DVERSION=0.1.0 -DVERSION4=0.1.0.0 -DBUNDLE_DIR=dist\hyrdesk
;            -DOUTFILE=dist\hyrdesk-0.1.0-setup.exe -DICON=packaging\icons\hyrdesk.ico
;            packaging\windows\hyrdesk.nsi
;
; Installs the PyInstaller folder into %LOCALAPPDATA%\Programs\hyrdesk, adds
; Start-menu and desktop shortcuts and an entry in "Installerade appar"
; (HKCU). The uninstaller removes exactly what was installed and never the
; user's data folder, %LOCALAPPDATA%\hyrdesk (database, logs, backups,
; exports), which hyrdesk keeps apart from the program on purpose.

!ifndef VERSION | VERSION4 | BUNDLE_DIR | OUTFILE | ICON
  !error "Pass -DVERSION, -DVERSION4, -DBUNDLE_DIR, -DOUTFILE and -DICON (packaging/build.py does)."
!endif

Unicode true
ManifestDPIAware true
; The release uses the smallest. The Linux check of this script passes
; -DCOMPRESSOR=zlib: over the Linux bundle 32 s instead of 82 s, same script.
!ifndef COMPRESSOR
  !define COMPRESSOR "/SOLID lzma"
!endif
SetCompressor ${COMPRESSOR}

!define APP "hyrdesk"
!define EXE "hyrdesk.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define DATA_DIR "$LOCALAPPDATA\${APP}"

Name "${APP}"
OutFile "${OUTFILE}"
BrandingText "${APP} ${VERSION}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING

!define MUI_WELCOMEPAGE_TEXT "Det här installerar ${APP} ${VERSION} på datorn.$\r$\n$\r$\nInstallationen gäller bara dig och kräver inga administratörsrättigheter.$\r$\n$\r$\nKlicka på Nästa för att fortsätta."
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "${APP} tas bort från datorn. Dina data finns kvar i ${DATA_DIR} (databas, loggar, säkerhetskopior och exporter); ta bort den mappen själv om du inte behöver dem längre."
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Swedish"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=${LANG_SWEDISH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_SWEDISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SWEDISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SWEDISH} "FileDescription" "Installationsprogram för ${APP}"
VIAddVersionKey /LANG=${LANG_SWEDISH} "CompanyName" "${APP}"
VIAddVersionKey /LANG=${LANG_SWEDISH} "LegalCopyright" "MIT-licens"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APP} kräver 64-bitars Windows."
    Abort
  ${EndIf}
FunctionEnd

; The data folder is not a place for the program: the uninstaller would
; leave it alone anyway, but files of both kinds in one folder invite mistakes.
Function .onVerifyInstDir
  ${If} $INSTDIR == "${DATA_DIR}"
    Abort
  ${EndIf}
FunctionEnd

Section "${APP}" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An update replaces the program folder whole, so no module of an older
  ; version lingers next to the new ones.
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; Removes what the installer put there, by name: never RMDir /r "$INSTDIR",
; which would also delete anything else in a folder the user chose.
Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\hyrdesk-cli.exe"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; ${DATA_DIR} is deliberately not touched.
SectionEnd
