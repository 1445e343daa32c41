# Sources of the chat area (and the event bus it drives), added to okpay_server_lib.
target_sources(okpay_server_lib PRIVATE
  chat/agentchatroutes.cpp
  chat/chatlog.cpp chat/chatlog.h
  chat/chatlongpoll.cpp chat/chatlongpoll.h
  chat/chatmessageroutes.cpp
  chat/chatqueue.cpp chat/chatqueue.h
  chat/chatroutegroups.h
  chat/chatroutes.cpp chat/chatroutes.h
  chat/chatschema.cpp
  chat/chatsession.cpp chat/chatsession.h
  chat/chatsettings.cpp chat/chatsettings.h
  chat/chatsocket.cpp chat/chatsocket.h
  chat/chatsockethub.cpp chat/chatsockethub.h
  chat/demochatagent.cpp chat/demochatagent.h
)
include(events/sources.cmake)
