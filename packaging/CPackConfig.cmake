# Installer settings. Linux: one .deb and one .rpm per component, okpay-wallet and okpay-server. Windows (NSIS) and
# macOS (DragNDrop) install the wallet only; their per-generator settings are in CPackOptions.cmake.in, which CPack
# reads when it runs (cpack -G ...). scripts/package builds them all from a release build.
set(CPACK_PACKAGE_NAME "okpay-desktop")
set(CPACK_PACKAGE_VENDOR "OKPay")
set(CPACK_PACKAGE_CONTACT "${OKPAY_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://okpay.example/desktop")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "OKPay Wallet")
set(CPACK_STRIP_FILES ON)
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_BINARY_DIR}/packaging/CPackOptions.cmake")
configure_file(${CMAKE_CURRENT_LIST_DIR}/CPackOptions.cmake.in ${CPACK_PROJECT_CONFIG_FILE} @ONLY)

set(CPACK_COMPONENTS_ALL wallet server)
set(CPACK_COMPONENTS_GROUPING IGNORE)  # a package per component
set(CPACK_COMPONENT_WALLET_DISPLAY_NAME "OKPay Wallet")
set(CPACK_COMPONENT_WALLET_REQUIRED ON)
set(_wallet_summary "OKPay e-wallet with a built-in support center")
set(_wallet_details "OKPay Wallet shows the balances, history and chart of an OKPay account, tops
it up by bank transfer, debit or credit card and withdraws to a bank account,
a card or another e-wallet, showing each method's fee, processing time and
promotions before anything is confirmed. It manages two-factor
authentication, recovery codes and sessions.

Its help center works offline and signed out: a searchable FAQ in English and
Simplified Chinese, contact channels with live support hours, an email form,
support tickets with screenshots and transactions attached, and live chat.")
set(CPACK_COMPONENT_WALLET_DESCRIPTION "${_wallet_summary}\n${_wallet_details}")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "OKPay server")
set(_server_summary "reference REST server of the OKPay e-wallet")
set(_server_details "okpay-server serves the OKPay API to OKPay Wallet: accounts with two-factor
authentication, balances on a double-entry ledger, top-ups and withdrawals
with fees, limits and promotions, the FAQ, support tickets and live chat. It
stores its data in SQLite or PostgreSQL and runs behind a reverse proxy.

The package installs a systemd unit running as its own user, state under
/var/lib/okpay-server, the configuration in /etc/okpay-server and the
okpay-server-admin command.")
set(CPACK_COMPONENT_SERVER_DESCRIPTION "${_server_summary}\n${_server_details}")

# Debian
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_WALLET_PACKAGE_NAME okpay-wallet)
set(CPACK_DEBIAN_WALLET_PACKAGE_SECTION utils)
# shlibdeps cannot see plugins and services used at run time: the SQLite driver, the SVG icon plugin, the Secret
# Service client.
set(CPACK_DEBIAN_WALLET_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, libsecret-1-0")
set(CPACK_DEBIAN_WALLET_PACKAGE_RECOMMENDS "gnome-keyring, fonts-wqy-microhei, qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME okpay-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, adduser")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql")
set(_debian_scripts ${CMAKE_CURRENT_LIST_DIR}/linux/debian)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${_debian_scripts}/conffiles ${_debian_scripts}/postinst ${_debian_scripts}/prerm ${_debian_scripts}/postrm)

# RPM
set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "MIT")
set(CPACK_RPM_PACKAGE_URL "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_RPM_CHANGELOG_FILE "${CMAKE_BINARY_DIR}/packaging/rpm-changelog")  # written by Releases.cmake
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
set(CPACK_RPM_WALLET_PACKAGE_NAME okpay-wallet)
set(CPACK_RPM_WALLET_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_WALLET_PACKAGE_SUMMARY "${_wallet_summary}")
set(CPACK_RPM_WALLET_PACKAGE_DESCRIPTION "${_wallet_details}")
set(CPACK_RPM_WALLET_PACKAGE_REQUIRES "libsecret, qt6-qtsvg")
set(CPACK_RPM_WALLET_PACKAGE_SUGGESTS "gnome-keyring, wqy-microhei-fonts")
set(CPACK_RPM_SERVER_PACKAGE_NAME okpay-server)
set(CPACK_RPM_SERVER_PACKAGE_GROUP "System Environment/Daemons")
set(CPACK_RPM_SERVER_PACKAGE_SUMMARY "Reference REST server of the OKPay e-wallet")
set(CPACK_RPM_SERVER_PACKAGE_DESCRIPTION "${_server_details}")
set(CPACK_RPM_SERVER_PACKAGE_REQUIRES_PRE "shadow-utils")
set(CPACK_RPM_SERVER_USER_FILELIST "%config(noreplace) /etc/okpay-server/config.json")
set(_rpm_scripts ${CMAKE_CURRENT_LIST_DIR}/linux/rpm)
set(CPACK_RPM_SERVER_PRE_INSTALL_SCRIPT_FILE ${_rpm_scripts}/pre)
set(CPACK_RPM_SERVER_POST_INSTALL_SCRIPT_FILE ${_rpm_scripts}/post)
set(CPACK_RPM_SERVER_PRE_UNINSTALL_SCRIPT_FILE ${_rpm_scripts}/preun)
set(CPACK_RPM_SERVER_POST_UNINSTALL_SCRIPT_FILE ${_rpm_scripts}/postun)
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /lib /lib/systemd /lib/systemd/system /usr/sbin /usr/share/metainfo /usr/share/man /usr/share/man/man1
    /usr/share/man/man8 /usr/share/icons /usr/share/icons/hicolor /usr/share/doc)
foreach(size IN ITEMS scalable 16 22 24 32 48 64 128 256 512)
  if(size STREQUAL scalable)
    set(_dir /usr/share/icons/hicolor/scalable)
  else()
    set(_dir /usr/share/icons/hicolor/${size}x${size})
  endif()
  list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${_dir} ${_dir}/apps)
endforeach()

include(CPack)
