# Sources of the support area, added to okpay_server_lib.
target_sources(okpay_server_lib PRIVATE
  support/supportroutes.cpp support/supportroutes.h
)
