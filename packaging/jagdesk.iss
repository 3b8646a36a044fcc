; Inno Setup script: the Windows installer of JAGDesk, made from the one-folder build.
;
;   python dev.py package                      (builds dist\JAGDesk with the icon and version)
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\jagdesk.iss
;
; writes dist\JAGDesk-<version>-setup.exe. It installs for the current user without
; administrator rights by default; council IT installs for every user of the PC with /ALLUSERS
; (or by choosing it in the wizard). It adds a Start menu entry and, if asked, a desktop icon,
; and registers no file types. Uninstalling removes the program and keeps the data folder
; (%LOCALAPPDATA%\JAGDesk: the store and its backups) unless the user asks for it to go, or
; /DELETEDATA is given to a silent uninstall.
;
; Silent installs, for deployment tools:
;   JAGDesk-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER
;   JAGDesk-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS
;   "%LOCALAPPDATA%\Programs\JAGDesk\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES [/DELETEDATA]

#define AppName "JAGDesk"
#define AppExe "JAGDesk.exe"
#define Bundle AddBackslash(SourcePath) + "..\dist\JAGDesk"
; The version is read from the version resource the build puts into JAGDesk.exe.
#define AppVersion GetVersionNumbersString(Bundle + "\" + AppExe)

[Setup]
AppId={{6C1F6B7E-3B0D-4C55-9F0B-2E8A3C7D5A41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per user without administrator rights; per machine when IT chooses (/ALLUSERS or the wizard).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ChangesAssociations=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\build\icons\jagdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Joint Action Group case work"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The data folder is the user's own (platformdirs' user data folder for "JAGDesk"): the store
// holds case records that must never be lost by removing the program, so it is kept unless the
// user says otherwise. Other users' folders on a shared PC are never touched.
function DeleteDataAsked(): Boolean;
var
  Index: Integer;
begin
  Result := False;
  for Index := 1 to ParamCount do
    if CompareText(ParamStr(Index), '/DELETEDATA') = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  DataDir := ExpandConstant('{localappdata}\{#AppName}');
  if not DirExists(DataDir) then
    Exit;
  if UninstallSilent then
  begin
    if DeleteDataAsked() then
      DelTree(DataDir, True, True, True);
  end
  else if MsgBox('Also delete your JAGDesk data folder?' + #13#10 + DataDir + #13#10#13#10 +
                 'It holds your store of case records and its backups. Choose No to keep them ' +
                 '(a later install finds them again).', mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
    DelTree(DataDir, True, True, True);
end;
