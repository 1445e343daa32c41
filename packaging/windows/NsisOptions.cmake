# NSIS installer of the wallet (read by CPack through CPackOptions.cmake when it runs with -G NSIS): Start menu and
# desktop shortcuts, the okpay: link handler, uninstall entry, icons, per-monitor DPI awareness.
set(CPACK_NSIS_PACKAGE_NAME "OKPay Wallet")
set(CPACK_NSIS_DISPLAY_NAME "OKPay Wallet")
set(CPACK_NSIS_CONTACT "desktop@okpay.example")
set(CPACK_NSIS_URL_INFO_ABOUT "https://okpay.example/desktop")
set(CPACK_NSIS_HELP_LINK "https://okpay.example/support")
set(CPACK_NSIS_MUI_ICON "${OKPAY_ICO}")
set(CPACK_NSIS_MUI_UNIICON "${OKPAY_ICO}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\okpay-wallet.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_PACKAGE_EXECUTABLES "okpay-wallet;OKPay Wallet")
set(CPACK_CREATE_DESKTOP_LINKS "okpay-wallet")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "okpay-wallet.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
# okpay: links (okpay:help, okpay:faq/ARTICLE) open the wallet; SHCTX is HKLM for an all-users install.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr SHCTX 'Software\\Classes\\okpay' '' 'URL:OKPay link'
  WriteRegStr SHCTX 'Software\\Classes\\okpay' 'URL Protocol' ''
  WriteRegStr SHCTX 'Software\\Classes\\okpay\\DefaultIcon' '' '$INSTDIR\\bin\\okpay-wallet.exe,0'
  WriteRegStr SHCTX 'Software\\Classes\\okpay\\shell\\open\\command' '' '\"$INSTDIR\\bin\\okpay-wallet.exe\" \"%1\"'
  WriteRegStr SHCTX 'Software\\Microsoft\\Windows\\CurrentVersion\\App Paths\\okpay-wallet.exe' '' '$INSTDIR\\bin\\okpay-wallet.exe'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  DeleteRegKey SHCTX 'Software\\Classes\\okpay'
  DeleteRegKey SHCTX 'Software\\Microsoft\\Windows\\CurrentVersion\\App Paths\\okpay-wallet.exe'
")
