# Sourced by system-deps.sh and package-deps.sh: collect the Debian packages that are
# missing in `need`, then install them all with one apt-get (run only when needed).
need=()
have_lib() { ldconfig -p | grep -q "$1"; }

install_needed() {
  [ ${#need[@]} -gt 0 ] || return 0
  echo "Installing Debian packages: ${need[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}"
}
