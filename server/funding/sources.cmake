# Sources of the funding area, added to okpay_server_lib.
target_sources(okpay_server_lib PRIVATE
  funding/demowalletseeder.cpp funding/demowalletseeder.h
  funding/fundingcatalog.cpp funding/fundingcatalog.h
  funding/fundingrecords.cpp funding/fundingrecords.h
  funding/fundingroutegroups.h
  funding/fundingroutes.cpp funding/fundingroutes.h
  funding/fundingschema.cpp
  funding/idempotencyguard.cpp funding/idempotencyguard.h
  funding/keysetlisting.cpp funding/keysetlisting.h
  funding/kyclimits.cpp funding/kyclimits.h
  funding/ledger.cpp funding/ledger.h
  funding/payoutcompletion.cpp funding/payoutcompletion.h
  funding/payoutdestinationroutes.cpp
  funding/quoteroutes.cpp
  funding/sandboxcardprocessor.cpp funding/sandboxcardprocessor.h
  funding/secondfactor.cpp funding/secondfactor.h
  funding/storedquote.cpp funding/storedquote.h
  funding/topuproutes.cpp
  funding/topupsettlement.cpp funding/topupsettlement.h
  funding/walletroutes.cpp
  funding/withdrawalroutes.cpp
)
