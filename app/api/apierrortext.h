#pragma once
#include "api/apierror.h"

#include <QCoreApplication>

namespace okpay {

// Turns an ApiError into a sentence for the user, in their language ("Server replied "503 Service Unavailable"
// to "GET /v1/wallet/balances""), keeping the technical detail for the diagnostics view.
class ApiErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ApiErrorText)

public:
    static QString userMessage(const ApiError &error);
    static QString codeMessage(const ApiError &error);  // the documented error code in words, or ""
    // For a form: the code in words; for a validation error this version does not know, the server's own text
    // (it names the field and the rule) rather than a bare status line.
    static QString formMessage(const ApiError &error);

    static QString diagnostics(const ApiError &error);  // untranslated, for logs and "copy details"
    static QString statusText(int httpStatus);
};

} // namespace okpay
