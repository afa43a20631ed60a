# Two entry points for a fresh Debian/Ubuntu machine:
#   make run   - start the kiosk on the built-in demo directory
#   make test  - run the whole test suite
#   make dist  - build the one-folder program (dist/kiosk/) and run its self-test
#   make install-kiosk - install it on this Debian PC to boot into the kiosk (docs/deploy.md)
# Each installs what it needs first: Debian packages (via apt-get), a virtualenv, pip packages.

VENV ?= .venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Qt runtime (EGL, fontconfig, xkbcommon, xcb), a Hangul font, speech (espeak-ng, aplay),
# the MQTT broker, and python3-venv for the virtualenv.
SYSTEM_PACKAGES := python3-venv fonts-nanum libegl1 libgl1 libfontconfig1 libglib2.0-0 \
	libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 \
	libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 \
	libxcb-xinerama0 libxcb-xfixes0 libpulse0 libespeak-ng1 espeak-ng alsa-utils mosquitto

# Only for `make test`: cage runs the kiosk on a headless Wayland output, as the kiosk PC's
# service does, and grim takes its picture (tests/deploy/test_cage_screenshot.py). Debian's
# cage will not start without Xwayland (built with it, it does not depend on it), and
# PySide6's wayland plugin links the Wayland client libraries (deploy/install-kiosk.sh too).
TEST_PACKAGES := cage grim xwayland libwayland-client0 libwayland-cursor0 libwayland-egl1
DEB_PACKAGES = $(SYSTEM_PACKAGES)

# The virtualenv with its packages, and PySide6's support modules as bytecode (below).
VENV_READY := $(VENV)/.installed $(VENV)/.shiboken-bytecode

.PHONY: run test dist install-kiosk console system-packages test-packages screenshots bench

run: $(VENV_READY)
	$(PY) -m kiosk $(ARGS)

test: $(VENV_READY) test-packages
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(ARGS)

# The one-folder program (kiosk.spec), then its own self-test: a module, data file or library
# that the build lost fails here, not in front of a visitor.
dist: $(VENV_READY)
	$(PY) -m pip install -q -e '.[dist]'
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN kiosk.spec
	QT_QPA_PLATFORM=offscreen dist/kiosk/kiosk --selftest

# This PC boots into the kiosk: the program built above, installed with its systemd units
# (docs/deploy.md). ARGS="--dry-run" shows what it would do.
install-kiosk: dist
	$(SUDO) deploy/install-kiosk.sh --program dist/kiosk $(ARGS)

# The information desk's call console, on the kiosk's own PC: it reads the kiosk's config
# (the broker's port) and the broker's password from the kiosk's data folder. Elsewhere:
# python -m kiosk attendant --broker HOST ..., or a config with the site broker's [broker].
console: $(VENV_READY)
	$(PY) -m kiosk attendant $(ARGS)

screenshots: $(VENV_READY)
	QT_QPA_PLATFORM=offscreen $(PY) -m kiosk screenshots screenshots

bench: $(VENV_READY)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py $(ARGS)

test-packages:
	@$(MAKE) --no-print-directory system-packages DEB_PACKAGES="$(TEST_PACKAGES)"

system-packages:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(VENV)/.installed: pyproject.toml | system-packages
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

# Importing PySide6 compiles shiboken's 13 support modules from a zip inside libshiboken6 at
# every start (~15 ms of CPU before the kiosk's first frame, docs/performance.md §1a) unless
# they are unpacked beside it (shiboken6/files.dir): unpacked once here (SBK_EMBED=0), after
# removing what an older PySide6 left there (SBK_EMBED=1), and compiled.
$(VENV)/.shiboken-bytecode: $(VENV)/.installed
	SBK_EMBED=1 $(PY) -c "import shiboken6"
	SBK_EMBED=0 $(PY) -c "import shiboken6"
	$(PY) -m compileall -q "$$($(PY) -c 'import pathlib, shiboken6; print(pathlib.Path(shiboken6.__file__).resolve().parent / "files.dir")')"
	touch $@
