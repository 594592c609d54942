; 信用核查工作台: the deployment configuration in silent mass installs (docs/installing.md). electron-builder
; includes this file (nsis.include in electron-builder.yml) into its Unicode installer script, compiled with
; -WX -INPUTCHARSET UTF8; scripts/nsis-installer.test.ts compiles it the same way when makensis is present.
;
;   信用核查工作台-Setup-<version>-x64.exe /S /CONFIG=\\server\share\deployment.json
;
; copies the file to %ProgramData%\信用核查工作台\deployment.json, where the app reads it. The folder is made
; writable by Administrators and SYSTEM only (Users may read), so a window clerk cannot plant or change the
; platform's address and trust anchor. Without /CONFIG an existing deployment.json is kept: an upgrade or a
; reinstall never removes IT's configuration, and the uninstaller does not touch %ProgramData% either.
;
; A /CONFIG file that is missing or a folder stops the install before anything is installed, with a Chinese
; message (a message box, or in a silent install the file %TEMP%\信用核查工作台-安装失败.txt) and exit code 2.

!ifndef BUILD_UNINSTALLER

!include FileFunc.nsh
!include LogicLib.nsh

!define CCW_CONFIG_FOLDER "信用核查工作台"
!define CCW_CONFIG_FILE "deployment.json"
!define CCW_EXIT_FAILED 2

; The /CONFIG path as given (empty when the installer was started without it), and scratch variables of this
; script's own: electron-builder's code around the macros keeps its values in the registers $0-$9 and $R0-$R9.
Var ccwConfigSource
Var ccwArgs
Var ccwDir
Var ccwCode
Var ccwLog

; Says why the install stops (a box when someone is watching, a file when silent), sets the exit code, quits.
!macro ccwFail MESSAGE
  ${If} ${Silent}
    ClearErrors
    FileOpen $ccwLog "$TEMP\信用核查工作台-安装失败.txt" w
    ${IfNot} ${Errors}
      FileWriteUTF16LE /BOM $ccwLog "${MESSAGE}$\r$\n"
      FileClose $ccwLog
    ${EndIf}
  ${EndIf}
  MessageBox MB_OK|MB_ICONSTOP "${MESSAGE}" /SD IDOK
  SetErrorLevel ${CCW_EXIT_FAILED}
  Quit
!macroend

; In .onInit, before anything is installed: reads /CONFIG=<path> and refuses a path that names no file.
!macro customInit
  StrCpy $ccwConfigSource ""
  ${GetParameters} $ccwArgs
  ClearErrors
  ${GetOptions} $ccwArgs "/CONFIG=" $ccwConfigSource
  ${IfNot} ${Errors}
    ${If} $ccwConfigSource == ""
      !insertmacro ccwFail "安装参数 /CONFIG= 后缺少部署配置文件的路径。安装未进行。"
    ${ElseIf} ${FileExists} "$ccwConfigSource\*.*"
      !insertmacro ccwFail "部署配置应为一个文件，而 /CONFIG= 给出的是文件夹：$ccwConfigSource。安装未进行。"
    ${ElseIfNot} ${FileExists} "$ccwConfigSource"
      !insertmacro ccwFail "找不到部署配置文件：$ccwConfigSource。请检查 /CONFIG= 后的路径，以及安装账户能否读取该共享目录。安装未进行。"
    ${EndIf}
  ${Else}
    StrCpy $ccwConfigSource ""
  ${EndIf}
!macroend

; In the install section, after the app's files: the configuration folder, locked down, and the file if given.
!macro customInstall
  ; The installer is per machine, so this is %ProgramData%.
  SetShellVarContext all
  StrCpy $ccwDir "$APPDATA\${CCW_CONFIG_FOLDER}"
  CreateDirectory "$ccwDir"
  ; Well-known SIDs, so the names need no translation on a Chinese Windows: SYSTEM (S-1-5-18) and Administrators
  ; (S-1-5-32-544) full control, Users (S-1-5-32-545) read; nothing inherited from %ProgramData%, whose
  ; default lets every user create files in its subfolders.
  nsExec::ExecToLog '"$SYSDIR\icacls.exe" "$ccwDir" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX'
  Pop $ccwCode
  ${If} $ccwCode != 0
    !insertmacro ccwFail "无法设置部署配置文件夹 $ccwDir 的访问权限（icacls 返回 $ccwCode）。请以管理员身份重新安装。"
  ${EndIf}
  ${If} $ccwConfigSource != ""
    ; Copied beside, then put in place, so a failed copy leaves the previous configuration as it was.
    Delete "$ccwDir\${CCW_CONFIG_FILE}.new"
    ClearErrors
    CopyFiles /SILENT "$ccwConfigSource" "$ccwDir\${CCW_CONFIG_FILE}.new"
    ${If} ${Errors}
    ${OrIfNot} ${FileExists} "$ccwDir\${CCW_CONFIG_FILE}.new"
      !insertmacro ccwFail "无法复制部署配置文件 $ccwConfigSource 到 $ccwDir。请检查该文件能否读取。"
    ${EndIf}
    Delete "$ccwDir\${CCW_CONFIG_FILE}"
    ClearErrors
    Rename "$ccwDir\${CCW_CONFIG_FILE}.new" "$ccwDir\${CCW_CONFIG_FILE}"
    ${If} ${Errors}
      !insertmacro ccwFail "无法写入部署配置文件 $ccwDir\${CCW_CONFIG_FILE}。请关闭正在使用它的程序后重新安装。"
    ${EndIf}
    DetailPrint "部署配置已写入 $ccwDir\${CCW_CONFIG_FILE}"
  ${EndIf}
!macroend

!endif
