#include "api/apiclient.h"

#include "api/apicall.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace okpay {

ApiClient::ApiClient(QNetworkAccessManager *network, QUrl baseUrl, TokenSource *tokens, QObject *parent)
    : QObject(parent), m_network(network), m_baseUrl(std::move(baseUrl)), m_tokens(tokens)
{
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("OKPay-Desktop/") + QCoreApplication::applicationVersion().toLatin1() + " ("
           + QSysInfo::prettyProductName().toLatin1() + ')';
}

void ApiClient::send(const ApiRequestSpec &spec, QObject *context, std::function<void(const ApiResult &)> done)
{
    auto *call = new ApiCall(*this, spec, context, std::move(done));
    call->start();
}

} // namespace okpay
