; Inno Setup 6 script: PlaceBoard for one user, without administrator rights.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\placeboard.iss
;
; build.ps1 beside this file builds the bundle with PyInstaller first and passes the
; version from src\placeboard\__init__.py. The installer goes to dist\.
;
; It installs dist\placeboard\ (placeboard.exe, the windowed app, and placeboard-cli.exe,
; the same program with a console for the commands) into
; %LOCALAPPDATA%\Programs\PlaceBoard, adds Start menu entries (and a desktop icon if
; asked), opens .pbsync sync bundles with PlaceBoard (registered for this user only,
; under HKCU\Software\Classes) and registers an uninstaller. The data folder
; (%LOCALAPPDATA%\PlaceBoard) is never touched, not even by the uninstaller.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=0.1.0 placeboard.iss (build.ps1 does)
#endif

#define AppName "PlaceBoard"
#define AppExeName "placeboard.exe"
#define CliExeName "placeboard-cli.exe"
#define BundleDir "..\..\dist\placeboard"
#define SyncExt ".pbsync"
#define SyncProgId "PlaceBoard.SyncBundle"
#define SyncMimeType "application/x-placeboard-sync"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{46300C73-35EE-419B-9B8D-481008CEBD7C}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=PlaceBoard
AppComments=Records, sync and PDF packs for NHS place-based partnership boards
; Per user, no UAC prompt: {autopf} is then {localappdata}\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; The bundle is 64-bit, and Qt 6 needs Windows 10 1809 or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
ChangesAssociations=yes
CloseApplications=yes
SetupIconFile=..\..\resources\placeboard.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=placeboard-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle whole: no library of the old version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "Board records, sync and packs"
; A console in the app folder, for `placeboard-cli status`, `placeboard-cli pack …`.
Name: "{group}\{#AppName} command line"; Filename: "{cmd}"; Parameters: "/k {#CliExeName} --help"; WorkingDir: "{app}"; IconFilename: "{app}\{#CliExeName}"; Comment: "PlaceBoard's commands in a console window"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; .pbsync sync bundles open in PlaceBoard: `placeboard.exe "FILE.pbsync"` offers to load it.
Root: HKCU; Subkey: "Software\Classes\{#SyncExt}"; ValueType: string; ValueName: ""; ValueData: "{#SyncProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#SyncExt}"; ValueType: string; ValueName: "Content Type"; ValueData: "{#SyncMimeType}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#SyncExt}\OpenWithProgids"; ValueType: string; ValueName: "{#SyncProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#SyncProgId}"; ValueType: string; ValueName: ""; ValueData: "PlaceBoard sync bundle"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#SyncProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"
Root: HKCU; Subkey: "Software\Classes\{#SyncProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: "{#SyncExt}"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
