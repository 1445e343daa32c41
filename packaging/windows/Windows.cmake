# Windows: the icon and version resource in okpay-wallet.exe, and windeployqt (through Qt's deploy script) copying
# the Qt libraries, plugins and translations next to it at install time. The NSIS settings are in NsisOptions.cmake.
configure_file(${CMAKE_CURRENT_LIST_DIR}/okpay-wallet.rc.in ${OKPAY_PACKAGING_OUT}/okpay-wallet.rc @ONLY)
target_sources(okpay-wallet PRIVATE ${OKPAY_PACKAGING_OUT}/okpay-wallet.rc)
set_source_files_properties(${OKPAY_PACKAGING_OUT}/okpay-wallet.rc PROPERTIES OBJECT_DEPENDS ${OKPAY_ICO})
add_dependencies(okpay-wallet okpay_icons)
qt_generate_deploy_app_script(TARGET okpay-wallet FILENAME_VARIABLE OKPAY_DEPLOY_SCRIPT NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${OKPAY_DEPLOY_SCRIPT} COMPONENT wallet)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION . RENAME LICENSE.txt COMPONENT wallet)
