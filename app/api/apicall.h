#pragma once
#include "api/apiclient.h"

#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace okpay {

// One ApiClient request through its attempts (retries, the token refresh), deleting itself when it reports.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ApiCall(ApiClient &client, ApiRequestSpec spec, QObject *context, std::function<void(const ApiResult &)> done);
    void start();

private:
    void attempt();
    void onFinished();
    void fail(ApiError error);
    void finish(ApiResult result);
    ApiError errorFromReply(QNetworkReply *reply, const QByteArray &body) const;

    ApiClient &m_client;
    ApiRequestSpec m_spec;
    QPointer<QObject> m_context;
    bool m_hadContext;
    std::function<void(const ApiResult &)> m_done;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    int m_attempts = 0;
    bool m_refreshed = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
};

} // namespace okpay
