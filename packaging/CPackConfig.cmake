# Installer settings shared by every generator; per-generator details (desktop entry, AppStream, NSIS, DMG) are
# added by the installers issue. `cpack -G DEB` / `-G RPM` in a build directory produce the Linux packages.
set(CPACK_PACKAGE_NAME "okpay-desktop")
set(CPACK_PACKAGE_VENDOR "OKPay")
set(CPACK_PACKAGE_CONTACT "OKPay Desktop team <desktop@okpay.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, fonts-wqy-microhei")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
include(CPack)
