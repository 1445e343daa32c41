#pragma once
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <functional>

namespace okpay::test {

// What the fake network answers to one request.
struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;  // a transport failure instead of an answer
    bool hang = false;  // never answers (until aborted)
    int delayMs = 0;

    static FakeResponse json(int status, const QByteArray &body)
    {
        return FakeResponse{status, body, {{"Content-Type", "application/json"}}, QNetworkReply::NoError, false, 0};
    }
};

// A QNetworkAccessManager whose replies come from a handler, so tests drive every error class without sockets
// (the pattern of Nextcloud's FakeQNAM). Records every request it saw.
class FakeNetworkAccessManager : public QNetworkAccessManager
{
public:
    struct Seen
    {
        QNetworkRequest request;
        QByteArray method;
        QByteArray body;
    };
    std::function<FakeResponse(const Seen &)> handler;
    QList<Seen> seen;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;
};

} // namespace okpay::test
