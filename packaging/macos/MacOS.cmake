# macOS: the app bundle's Info.plist (identifier, icon, okpay: links, Retina) and macdeployqt (through Qt's deploy
# script) copying the Qt frameworks and plugins into the bundle at install time. DragNDrop settings: CPackOptions.
set_source_files_properties(${OKPAY_ICNS} PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED ON)
target_sources(okpay-wallet PRIVATE ${OKPAY_ICNS})
add_dependencies(okpay-wallet okpay_icons)
set_target_properties(okpay-wallet PROPERTIES
  OUTPUT_NAME "OKPay Wallet"
  MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
  MACOSX_BUNDLE_GUI_IDENTIFIER ${OKPAY_APP_ID}
  MACOSX_BUNDLE_BUNDLE_NAME "OKPay Wallet"
  MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
  MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
  MACOSX_BUNDLE_ICON_FILE okpay.icns
  MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 OKPay")
qt_generate_deploy_app_script(TARGET okpay-wallet FILENAME_VARIABLE OKPAY_DEPLOY_SCRIPT NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${OKPAY_DEPLOY_SCRIPT} COMPONENT wallet)
