# Sources of the chat area, added to okpay_server_lib.
target_sources(okpay_server_lib PRIVATE
  chat/chatroutes.cpp chat/chatroutes.h
)
