# Sources of the support area, added to okpay_server_lib.
target_sources(okpay_server_lib PRIVATE
  support/supportroutes.cpp support/supportroutes.h
  support/supportroutegroups.h
  support/supportschema.cpp support/supportschema.h
  support/supportthrottle.cpp support/supportthrottle.h
  support/faqimporter.cpp support/faqimporter.h
  support/faqroutes.cpp
  support/contactchannels.cpp support/contactchannels.h
  support/contactroutes.cpp
  support/emailroutes.cpp
  support/smtprelay.cpp support/smtprelay.h
  support/attachmentstore.cpp support/attachmentstore.h
  support/multipartfile.cpp support/multipartfile.h
  support/attachmentroutes.cpp
  support/ticketstore.cpp support/ticketstore.h
  support/ticketreferences.cpp support/ticketreferences.h
  support/ticketroutes.cpp
  support/ticketactionroutes.cpp
  support/agentticketqueue.cpp support/agentticketqueue.h
  support/agentticketroutes.cpp
  support/demotickets.cpp support/demotickets.h
)
# The FAQ ships inside the server and is loaded into an empty database on first use (":/okpay-faq/<locale>/<id>.md").
file(GLOB okpay_faq_files CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/../resources/faq/en/*.md
     ${CMAKE_CURRENT_SOURCE_DIR}/../resources/faq/zh_CN/*.md)
qt_add_resources(okpay_server_lib okpay_server_faq PREFIX /okpay-faq BASE ${CMAKE_CURRENT_SOURCE_DIR}/../resources/faq
                 FILES ${okpay_faq_files})
