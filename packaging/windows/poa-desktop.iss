; Inno Setup 6 script for poa-desktop: a per-user installer that needs no administrator rights.
;
; Build on Windows, from the repository root:
;   1. pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\poa-desktop.spec
;      (makes dist\poa-desktop\ with poa-desktop.exe, poa-desktop-cli.exe and _internal\)
;   2. "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\poa-desktop.iss
;      (makes dist\poa-desktop-<version>-setup.exe)
; Relative paths below are relative to this file's folder (packaging\windows).
;
; USER DATA IS NEVER REMOVED. The database, its backups, the settings file and the logs live in
; %LOCALAPPDATA%\poa-desktop\ (platformdirs.user_data_path("poa-desktop", appauthor=False)),
; apart from the program folder %LOCALAPPDATA%\Programs\poa-desktop\. The uninstaller removes only
; the files this installer copied; there is deliberately no [UninstallDelete] section, so a national
; report survives uninstalling, upgrading and reinstalling.

; Keep equal to poa_desktop.__version__ (tests/packaging/test_installers.py checks it).
#define AppVersion "0.1.0"
#define AppName "poa-desktop"
#define AppPublisher "poa-desktop developers"
#define AppExeName "poa-desktop.exe"
#define DistDir "..\..\dist\poa-desktop"

[Setup]
; Fixed for ever: Windows recognises upgrades and the uninstaller by this id.
AppId={{2B43D4B3-9D2C-4F99-863A-1EB53971BB36}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppComments=Offline self-assessment and national reporting on the UN Programme of Action on small arms and light weapons and the International Tracing Instrument
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per user: no UAC prompt. With lowest privileges {autopf} is {userpf}, i.e.
; %LOCALAPPDATA%\Programs, and {autoprograms} / {autodesktop} are the user's own Start menu and desktop.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\resources\icons\poa-desktop.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\..\dist
OutputBaseFilename=poa-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Ask a running poa-desktop to close (Restart Manager) before replacing its files.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program's own libraries wholesale, so no stale module from an older
; version is loaded. This is the program folder only, never the user data folder.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole PyInstaller one-folder bundle: both executables and _internal\.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "Self-assessment and national reporting (PoA and ITI)"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] and no [Registry] entries: nothing outside {app} is created by this
; installer, and nothing the program wrote in %LOCALAPPDATA%\poa-desktop is removed.
