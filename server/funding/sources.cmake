# Sources of the funding area, added to okpay_server_lib.
target_sources(okpay_server_lib PRIVATE
  funding/fundingroutes.cpp funding/fundingroutes.h
)
