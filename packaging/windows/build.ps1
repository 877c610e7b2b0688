# Build PlaceBoard's Windows installer: the PyInstaller bundle, then Inno Setup.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.11+ (the `py` launcher or python on PATH) and Inno Setup 6
# (ISCC.exe on PATH or in its usual folders). Leaves dist\placeboard\ (the bundle) and
# dist\placeboard-<version>-windows-x64-setup.exe (the installer).
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

$Python = ".venv\Scripts\python.exe"
if (-not (Test-Path $Python)) {
    if (Get-Command py -ErrorAction SilentlyContinue) {
        Invoke-Checked "Making .venv" { py -3 -m venv .venv }
    } else {
        Invoke-Checked "Making .venv" { python -m venv .venv }
    }
}
Invoke-Checked "Updating pip" { & $Python -m pip install --quiet --upgrade pip }
Invoke-Checked "Installing PlaceBoard and PyInstaller" {
    & $Python -m pip install --quiet -e ".[package]"
}

Invoke-Checked "PyInstaller" {
    & $Python -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\placeboard.spec
}
Invoke-Checked "The bundle's own --version" { & dist\placeboard\placeboard-cli.exe --version }

$Version = (& $Python packaging\layout.py version).Trim()
$Iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $Iscc) {
    $Iscc = @(
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe",
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe"
    ) | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $Iscc) { throw "Inno Setup 6 is not installed (ISCC.exe not found)" }
Invoke-Checked "Inno Setup" { & $Iscc "/DAppVersion=$Version" packaging\windows\placeboard.iss }
Write-Host "Built dist\placeboard-$Version-windows-x64-setup.exe"
