#!/usr/bin/env bash
# Builds qualkit in release mode and installs it as PREFIX/bin/qualkit.
#
#   Scripts/install.sh [PREFIX]      (default PREFIX: ~/.local)
#
# On Linux the Swift standard library and Foundation are linked statically
# (--static-swift-stdlib), so the installed binary runs without the Swift
# toolchain's libraries; macOS has them in the system already.
set -euo pipefail
prefix="${1:-$HOME/.local}"
cd "$(dirname "$0")/.."

flags=(-c release --product qualkit)
if [ "$(uname -s)" = "Linux" ]; then
  flags+=(--static-swift-stdlib)
fi
echo "building: swift build ${flags[*]}"
swift build "${flags[@]}"
binary="$(swift build "${flags[@]}" --show-bin-path)/qualkit"

mkdir -p "$prefix/bin"
install -m 0755 "$binary" "$prefix/bin/qualkit"
# The debug information and symbol tables are a third of the file and
# nothing at run time needs them (101 MB -> 66 MB on Linux); keep them with QUALKIT_NO_STRIP=1.
if [ -z "${QUALKIT_NO_STRIP:-}" ] && command -v strip >/dev/null; then
  strip "$prefix/bin/qualkit"
fi
echo "installed $prefix/bin/qualkit ($("$prefix/bin/qualkit" --version))"

case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *)
    echo
    echo "$prefix/bin is not on your PATH; add it, e.g. for bash:"
    echo "  echo 'export PATH=\"$prefix/bin:\$PATH\"' >> ~/.bashrc && source ~/.bashrc"
    echo "(for zsh, ~/.zshrc)"
    ;;
esac
