; Inno Setup 6 script: turns the PyInstaller folder (dist\storyweaver) into StoryWeaver-Setup-VERSION.exe.
; Build on Windows (see packaging/README.md, "Windows"):
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\linux\storyweaver.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\storyweaver.iss
; Installs per user by default (no administrator rights; the dialog offers all users), registers
; .storyweaver files with their own icon, adds Start menu entries, and uninstalls cleanly.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "StoryWeaver"
#define AppId "io.github.storyweaver.StoryWeaver"
#define ProgId "StoryWeaver.Project"
; storyweaverw.exe is the windowed twin of storyweaver.exe (see storyweaver.spec): shortcuts and
; the file association start it, so no console window opens beside the editor.
#define ExeName "storyweaverw.exe"
#define Root "..\.."

[Setup]
; A fixed AppId: upgrades replace the previous version instead of installing beside it.
AppId={{6A0D8C52-3E7B-4C1F-9A55-57A1E0F3B2C9}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=StoryWeaver developers
AppPublisherURL=https://github.com/storyweaver/storyweaver
AppSupportURL=https://github.com/storyweaver/storyweaver/issues
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile={#Root}\LICENSE
OutputDir={#Root}\dist\windows
OutputBaseFilename=StoryWeaver-Setup-{#AppVersion}
SetupIconFile={#Root}\resources\icons\storyweaver.ico
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes
; Signing: define the "storyweaver" sign tool in the Inno Setup IDE or on the command line
; (iscc "/Sstoryweaver=signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f")
; and uncomment; Inno then signs the installer and the uninstaller. See packaging/README.md.
;SignTool=storyweaver
;SignedUninstaller=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
english.ProjectFile=StoryWeaver project
french.ProjectFile=Projet StoryWeaver
english.AssociateFiles=Open .storyweaver files with StoryWeaver
french.AssociateFiles=Ouvrir les fichiers .storyweaver avec StoryWeaver

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssociateFiles}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Root}\dist\storyweaver\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\resources\icons\storyweaver-document.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#ExeName}"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install and HKLM for an all-users one. uninsdeletekey removes what
; we own; for the extension only our value is removed, so another program's claim survives.
Root: HKA; Subkey: "Software\Classes\.storyweaver"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.storyweaver"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-storyweaver"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.storyweaver\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:ProjectFile}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\storyweaver-document.ico"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\SupportedTypes"; ValueType: string; ValueName: ".storyweaver"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Caches the app made inside its own folder (settings and projects live in the user's folders
; and are never removed).
Type: filesandordirs; Name: "{app}\__pycache__"
