; Inno Setup 6 script: installs the one-folder build dist\ifdesk\ for the current user (no admin
; rights: experts' laptops are managed), with Start-menu entry and the .ifbundle association.
;
;   pyinstaller --noconfirm --clean packaging\ifdesk.spec
;   iscc packaging\windows\ifdesk.iss          (-> dist\ifdesk-0.1.0-setup.exe)
;
; Keep AppVersion in step with ifdesk/__init__.py (or pass /DAppVersion=x.y.z to iscc).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "ifdesk"
#define SourceDir "..\..\dist\ifdesk"

[Setup]
; AppId identifies the program for upgrades and uninstall: never change it.
AppId={{6F1C2A9E-3B7D-4E55-9A0C-1F3A68E07B1A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Équipe ifdesk
AppComments=Diagnostics de maturité « Industrie du Futur » hors ligne
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\icons\ifdesk.ico
UninstallDisplayIcon={app}\ifdesk-gui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
MinVersion=10.0

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\ifdesk-gui.exe"; IconFilename: "{app}\ifdesk-gui.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\ifdesk-gui.exe"; Tasks: desktopicon

[Registry]
; .ifbundle -> ifdesk.Bundle, opened by the window (HKA = HKCU for a per-user install, HKLM for all users)
Root: HKA; Subkey: "Software\Classes\.ifbundle"; ValueType: string; ValueName: ""; ValueData: "ifdesk.Bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.ifbundle"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-ifdesk-bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.ifbundle\OpenWithProgids"; ValueType: string; ValueName: "ifdesk.Bundle"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\ifdesk.Bundle"; ValueType: string; ValueName: ""; ValueData: "Lot signé ifdesk"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ifdesk.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\ifdesk-gui.exe,0"
Root: HKA; Subkey: "Software\Classes\ifdesk.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\ifdesk-gui.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\ifdesk-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".ifbundle"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\ifdesk-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
