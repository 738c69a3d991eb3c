# deletion-guide: `make serve` to see it, `make test` to check it. Both install what is missing.
#
# Nothing here downloads a prebuilt binary at run time: the Rust tools come from crates.io,
# Chromium and its driver from Debian, wasm-opt and Playwright from npm.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
# The test layers run in order, the first red one stops the run.
.NOTPARALLEL:

# npm's wasm-opt (Debian's binaryen is too old for Rust 1.95 output) and cargo-installed tools.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

# The wasm-bindgen CLI must be exactly the library version in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
CHROMEDRIVER ?= /usr/bin/chromedriver
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
PORT ?= 8080
# Where the site is published, for the canonical links of the prerendered guide pages.
SITE_URL ?= http://127.0.0.1:$(PORT)
# `--mode no-install`: use the tools `setup` installed, and fail rather than fetch any.
WASM_PACK := wasm-pack --log-level warn

.PHONY: help setup setup-rust setup-chromium setup-hugo setup-node setup-nginx setup-twiggy build dist npm serve test test-native test-browser test-e2e lint bench screenshots clean

help:
	@echo "make serve   install what is missing, build, serve www/ on http://127.0.0.1:$(PORT)"
	@echo "make test    install what is missing, then every test layer (lint, native, browser, end-to-end)"
	@echo "make build   build the bundles into www/pkg/ and www/pkg-hydrate/, and prerender every guide into www/guides/ (GUIDES=aliexpress bakes only those; REPORT_URL=https://… gives every guide without its own a report link; SITE_URL=https://… the canonical address)"
	@echo "make dist    build, then write dist/: only what a host publishes, files named by their content (see README, Publishing)"
	@echo "make npm     build, then write pkg/: the widget as an npm package (import { mount } from 'deletion-guide')"
	@echo "make setup   install only what is missing: wasm32 target, wasm-pack, wasm-bindgen, Chromium, nginx, Hugo, npm packages"
	@echo "make bench   sizes, startup and tick latency against a minimal Yew app; budgets; bench/report.json"
	@echo "make screenshots   retake the README's pictures into docs/"

## Setup: each step checks first, so running it again costs a second.

setup: setup-rust setup-chromium setup-hugo setup-node setup-nginx

setup-rust:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
	  || rustup target add wasm32-unknown-unknown
	@command -v wasm-pack >/dev/null || cargo install wasm-pack --locked
	@# Without --locked: the CLI's own lockfile pins a crate the registry here lacks.
	@wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $(WASM_BINDGEN_VERSION)" \
	  || cargo install wasm-bindgen-cli --version "$(WASM_BINDGEN_VERSION)" --force

setup-chromium:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver; \
	fi

# Hugo, for the test that builds a site with the shortcode in integrations/hugo/. Debian's
# (0.111.3 on bookworm), which the shortcode is written for. Only when missing.
setup-hugo:
	@if ! command -v hugo >/dev/null; then \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends hugo; \
	fi

# nginx, for the test that serves dist/ with the shipped configuration (hosting/nginx.conf),
# with Debian's brotli module. Only when missing.
setup-nginx:
	@if ! command -v nginx >/dev/null && ! test -x /usr/sbin/nginx \
	  || ! test -e /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so; then \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends \
	    nginx libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static; \
	fi

setup-node: node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

## Build and serve

# Two bundles: www/pkg/ draws widgets; www/pkg-hydrate/ also adopts prerendered markup (22 KB
# more, paid only by pages that carry it). Every guide as static HTML in www/guides/ comes
# between them: the hydrating bundle is built with the shape of each prerendered widget, and
# adopts only markup of that shape (see src/prerendered.rs). Last, the iframe embed's height is
# measured in Chromium for the embed page's snippets and the oEmbed responses.
build: setup-rust setup-node setup-chromium
	$(WASM_PACK) build --target web --release --out-dir www/pkg --mode no-install
	SITE_URL=$(SITE_URL) cargo run --quiet --features ssr --bin prerender -- www
	$(WASM_PACK) build --target web --release --out-dir www/pkg-hydrate --mode no-install -- --features hydration
	node scripts/minify.mjs www/pkg deletion_guide
	node scripts/minify.mjs www/pkg-hydrate deletion_guide
	node scripts/bundle-loader.mjs www
	SITE_URL=$(SITE_URL) node scripts/frame-heights.mjs www

# What a host publishes: dist/, with content-hashed names (scripts/dist.mjs).
dist: build
	node scripts/dist.mjs

# The npm package: pkg/, from the bundle `make build` made (scripts/npm-package.mjs).
npm: build
	node scripts/npm-package.mjs

serve: setup build
	node scripts/serve.mjs

## Tests: lint, then the three layers, cheapest first.

test: setup lint test-native test-browser test-e2e

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --all-features --quiet -- -D warnings

test-native:
	cargo test --workspace --features ssr

test-browser: setup-rust setup-chromium
	$(WASM_PACK) test --headless --chrome --chromedriver $(CHROMEDRIVER) --mode no-install -- --test browser --test browser_storage --test browser_api

test-e2e: dist npm setup-chromium setup-hugo setup-nginx
	node --test tests/e2e/

## README pictures, taken by the end-to-end suite.

screenshots: build setup-chromium
	SCREENSHOTS=docs node --test tests/e2e/screenshots.test.mjs

## Benchmarks: numbers and budgets, never timed tests.

setup-twiggy:
	@command -v twiggy >/dev/null || cargo install twiggy --locked

bench: setup setup-twiggy setup-nginx
	node bench/run.mjs

clean:
	cargo clean
	rm -rf www/pkg www/pkg-hydrate www/guides www/deletion-guide.js node_modules
