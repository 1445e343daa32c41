# Project-wide warning flags; -Werror is switched on in CI through OKPAY_WERROR.
function(okpay_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(OKPAY_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
