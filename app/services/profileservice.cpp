#include "services/profileservice.h"

#include "api/apiclient.h"
#include "api/apierrortext.h"
#include "api/dtoreader.h"

namespace okpay {

ProfileService::ProfileService(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void ProfileService::send(const QByteArray &method, const QJsonObject *body, void (ProfileService::*done)(const Profile &))
{
    ApiRequestSpec spec;
    spec.method = method;
    spec.path = QStringLiteral("/v1/account/profile");
    if (body)
        spec.json = *body;
    m_client->send(spec, this, [this, done](const ApiResult &result) {
        if (!result.ok())
            return emit failed(result.error->field, ApiErrorText::formMessage(*result.error));
        DtoReader r(result.json.object(), QStringLiteral("profile"));
        Profile profile{r.string(QStringLiteral("name"), 1, 100), r.string(QStringLiteral("email"), 3, 254),
                        r.boolean(QStringLiteral("email_verified")), r.string(QStringLiteral("phone"), 0, 16),
                        int(r.integer(QStringLiteral("kyc_level"), 0, 3))};
        if (!r.ok())
            return emit failed({}, tr("OKPay sent a profile this version of the app does not understand."));
        emit(this->*done)(profile);
    });
}

void ProfileService::load()
{
    send("GET", nullptr, &ProfileService::loaded);
}

void ProfileService::save(const QString &name, const QString &phone)
{
    const QJsonObject body{{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("phone"), phone}};
    send("PATCH", &body, &ProfileService::saved);
}

} // namespace okpay
