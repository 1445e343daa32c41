# Linux: desktop entry, AppStream metainfo, hicolor icons, man pages, Debian docs; the server's unit, configuration,
# maintainer scripts and admin wrapper.
set(_linux ${CMAKE_CURRENT_LIST_DIR})
find_program(OKPAY_GZIP gzip REQUIRED)

# Man pages and the metainfo carry the version and the release date.
foreach(page okpay-wallet.1 okpay-server.1)
  configure_file(${_linux}/${page}.in ${OKPAY_PACKAGING_OUT}/man/${page} @ONLY)
endforeach()
file(WRITE ${OKPAY_PACKAGING_OUT}/man/okpay-server-admin.8 ".so man1/okpay-server.1\n")
foreach(page okpay-wallet.1 okpay-server.1 okpay-server-admin.8)
  execute_process(COMMAND ${OKPAY_GZIP} -9nkf ${OKPAY_PACKAGING_OUT}/man/${page} COMMAND_ERROR_IS_FATAL ANY)
endforeach()
configure_file(${_linux}/${OKPAY_APP_ID}.metainfo.xml.in ${OKPAY_PACKAGING_OUT}/${OKPAY_APP_ID}.metainfo.xml @ONLY)

# okpay-wallet
install(FILES ${_linux}/${OKPAY_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT wallet)
install(FILES ${OKPAY_PACKAGING_OUT}/${OKPAY_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo
        COMPONENT wallet)
install(FILES ${OKPAY_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${OKPAY_APP_ID}.svg COMPONENT wallet)
foreach(size IN LISTS OKPAY_ICON_SIZES)
  install(FILES ${OKPAY_PACKAGING_OUT}/icons/${size}x${size}/${OKPAY_APP_ID}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps COMPONENT wallet)
endforeach()
install(FILES ${OKPAY_PACKAGING_OUT}/man/okpay-wallet.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT wallet)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright ${OKPAY_DEBIAN_CHANGELOG_okpay-wallet}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/okpay-wallet COMPONENT wallet)

# okpay-server
install(PROGRAMS ${_linux}/okpay-server-admin DESTINATION ${CMAKE_INSTALL_SBINDIR} COMPONENT server)
install(FILES ${_linux}/config.json DESTINATION /etc/okpay-server COMPONENT server)
install(FILES ${_linux}/okpay-server.service DESTINATION /lib/systemd/system COMPONENT server)
install(FILES ${OKPAY_PACKAGING_OUT}/man/okpay-server.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT server)
install(FILES ${OKPAY_PACKAGING_OUT}/man/okpay-server-admin.8.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man8
        COMPONENT server)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright ${OKPAY_DEBIAN_CHANGELOG_okpay-server}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/okpay-server COMPONENT server)
install(FILES ${PROJECT_SOURCE_DIR}/server/config/defaults.json
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/okpay-server/examples COMPONENT server)
