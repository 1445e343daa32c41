#pragma once
#include <QObject>
#include <QString>
#include <functional>

namespace okpay {

// Where ApiClient gets the bearer token, and how it asks for a fresh one after a 401 (the session service refreshes
// with the refresh token from the keychain). Callbacks are dropped if the context object died.
class TokenSource
{
public:
    virtual ~TokenSource() = default;
    virtual QString accessToken() const = 0;
    // Calls back with true when a new access token is available, false when the user must sign in again.
    virtual void refreshAccessToken(QObject *context, std::function<void(bool refreshed)> done) = 0;
};

} // namespace okpay
