#include "api/credentialstore.h"

namespace okpay {

QString CredentialKey::name() const
{
    return QStringLiteral("refresh-token:%1:%2").arg(serverHost.toLower(), accountId);
}

} // namespace okpay
