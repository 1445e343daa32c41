# The event bus (in-process publish/subscribe, PostgreSQL LISTEN/NOTIFY across instances), added to okpay_server_lib.
target_sources(okpay_server_lib PRIVATE
  events/eventbus.cpp events/eventbus.h
)
