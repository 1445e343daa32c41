#include "api/apiclient.h"
#include "api/apierrortext.h"
#include "api/tokensource.h"
#include "support/fakenetworkaccessmanager.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace okpay;
using namespace okpay::test;

namespace {
class FakeTokens : public TokenSource
{
public:
    QString token = QStringLiteral("access-1");
    bool refreshSucceeds = true;
    int refreshes = 0;
    QString accessToken() const override { return token; }
    void refreshAccessToken(QObject *context, std::function<void(bool)> done) override
    {
        ++refreshes;
        if (refreshSucceeds)
            token = QStringLiteral("access-2");
        QTimer::singleShot(0, context, [done, ok = refreshSucceeds] { done(ok); });
    }
};
} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    FakeNetworkAccessManager m_nam;
    FakeTokens m_tokens;
    std::unique_ptr<ApiClient> m_client;

    ApiResult call(const ApiRequestSpec &spec)
    {
        std::optional<ApiResult> result;
        m_client->send(spec, this, [&](const ApiResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return ApiResult{ApiError::transport(ApiError::Kind::Cancelled, QStringLiteral("test timeout")), 0, {}, {}, 0};
        return *result;
    }
    static ApiRequestSpec get(const QString &path = QStringLiteral("/v1/wallet/balances"))
    {
        ApiRequestSpec spec;
        spec.path = path;
        return spec;
    }
    static ApiRequestSpec post(QByteArray idempotencyKey = {})
    {
        ApiRequestSpec spec;
        spec.method = "POST";
        spec.path = QStringLiteral("/v1/funding/withdrawals");
        spec.json = QJsonObject{{QStringLiteral("quote_id"), QStringLiteral("q1")}};
        spec.idempotencyKey = idempotencyKey;
        return spec;
    }

private slots:
    void init()
    {
        m_nam.seen.clear();
        m_nam.handler = nullptr;
        m_tokens = FakeTokens();
        m_client = std::make_unique<ApiClient>(&m_nam, QUrl(QStringLiteral("https://api.okpay.example")), &m_tokens);
        RetryPolicy fast;
        fast.baseDelayMs = 1;
        m_client->setRetryPolicy(fast);
        m_client->setLanguage(QStringLiteral("zh_CN"));
    }

    void successReturnsJsonAndSendsIdentity()
    {
        m_nam.handler = [](const auto &) { return FakeResponse::json(200, R"({"items":[]})"); };
        const ApiResult r = call(get());
        QVERIFY(r.ok());
        QVERIFY(r.json.object().contains(u"items"));
        const QNetworkRequest &sent = m_nam.seen.first().request;
        QCOMPARE(sent.url().toString(), QStringLiteral("https://api.okpay.example/v1/wallet/balances"));
        QCOMPARE(sent.rawHeader("Authorization"), QByteArray("Bearer access-1"));
        QCOMPARE(sent.rawHeader("Accept-Language"), QByteArray("zh-CN"));
        QVERIFY(sent.rawHeader("User-Agent").startsWith("OKPay-Desktop/"));
    }
    void httpErrorsCarryTheServersCode_data()
    {
        QTest::addColumn<int>("status");
        for (int s : {400, 403, 404, 409, 413, 415, 422, 500})
            QTest::addRow("%d", s) << s;
    }
    void httpErrorsCarryTheServersCode()
    {
        QFETCH(int, status);
        m_nam.handler = [status](const auto &) {
            return FakeResponse::json(status, R"({"error":{"code":"some_code","message":"m","field":"amount"}})");
        };
        const ApiResult r = call(get());
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error->kind), int(ApiError::Kind::Http));
        QCOMPARE(r.error->httpStatus, status);
        QCOMPARE(r.error->code, QStringLiteral("some_code"));
        QCOMPARE(r.error->field, QStringLiteral("amount"));
        QCOMPARE(r.attempts, 1);  // none of these pass by themselves
    }
    void serviceUnavailableIsRetriedForGets()
    {
        int n = 0;
        m_nam.handler = [&n](const auto &) { return ++n < 3 ? FakeResponse::json(503, "<html>busy</html>") : FakeResponse::json(200, "{}"); };
        const ApiResult r = call(get());
        QVERIFY(r.ok());
        QCOMPARE(r.attempts, 3);
    }
    void unsafePostIsNotRetriedButIdempotentOneIs()
    {
        m_nam.handler = [](const auto &) { return FakeResponse::json(503, {}); };
        QCOMPARE(call(post()).attempts, 1);
        QCOMPARE(call(post("key-123456")).attempts, 4);
        QCOMPARE(m_nam.seen.last().request.rawHeader("Idempotency-Key"), QByteArray("key-123456"));
    }
    void tooManyRequestsWaitsForRetryAfter()
    {
        int n = 0;
        m_nam.handler = [&n](const auto &) {
            FakeResponse busy = FakeResponse::json(429, R"({"error":{"code":"rate_limited","message":"slow down"}})");
            busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
            return ++n == 1 ? busy : FakeResponse::json(200, "{}");
        };
        QElapsedTimer timer;
        timer.start();
        QVERIFY(call(get()).ok());
        QVERIFY(timer.elapsed() >= 900);
    }
    void hangingReplyTimesOut()
    {
        m_client->setTimeoutMs(100);
        RetryPolicy two;
        two.maxAttempts = 2;
        two.baseDelayMs = 1;
        m_client->setRetryPolicy(two);
        m_nam.handler = [](const auto &) { FakeResponse r; r.hang = true; return r; };
        const ApiResult r = call(get());
        QCOMPARE(int(r.error->kind), int(ApiError::Kind::Timeout));
        QCOMPARE(r.attempts, 2);
    }
    void transportFailuresAreClassified_data()
    {
        QTest::addColumn<int>("networkError");
        QTest::addColumn<int>("kind");
        QTest::newRow("connection reset") << int(QNetworkReply::RemoteHostClosedError) << int(ApiError::Kind::Network);
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << int(ApiError::Kind::Network);
        QTest::newRow("tls handshake") << int(QNetworkReply::SslHandshakeFailedError) << int(ApiError::Kind::Tls);
    }
    void transportFailuresAreClassified()
    {
        QFETCH(int, networkError);
        QFETCH(int, kind);
        m_nam.handler = [networkError](const auto &) { FakeResponse r; r.error = QNetworkReply::NetworkError(networkError); return r; };
        const ApiResult r = call(get());
        QCOMPARE(int(r.error->kind), kind);
        QCOMPARE(r.attempts, kind == int(ApiError::Kind::Tls) ? 1 : 4);
    }
    void badBodiesAreMalformedNotCrashes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray(R"({"items":[{"currency":"USD")");
        QTest::newRow("html") << QByteArray("<html>maintenance</html>");
        QTest::newRow("nul bytes") << QByteArray("\0\0\0", 3);
    }
    void badBodiesAreMalformedNotCrashes()
    {
        QFETCH(QByteArray, body);
        m_nam.handler = [body](const auto &) { return FakeResponse::json(200, body); };
        const ApiResult r = call(get());
        QCOMPARE(int(r.error->kind), int(ApiError::Kind::Malformed));
    }
    void hugeBodyIsRefused()
    {
        m_nam.handler = [](const auto &) { return FakeResponse::json(200, QByteArray(50 * 1024 * 1024, ' ')); };
        const ApiResult r = call(get());
        QCOMPARE(int(r.error->kind), int(ApiError::Kind::TooLarge));
    }
    void unauthorizedRefreshesOnceThenRetries()
    {
        m_nam.handler = [](const FakeNetworkAccessManager::Seen &s) {
            return s.request.rawHeader("Authorization") == "Bearer access-2" ? FakeResponse::json(200, "{}")
                                                                             : FakeResponse::json(401, R"({"error":{"code":"unauthorized","message":"m"}})");
        };
        const ApiResult r = call(get());
        QVERIFY(r.ok());
        QCOMPARE(m_tokens.refreshes, 1);
        QCOMPARE(r.attempts, 2);
    }
    void unauthorizedAfterRefreshStands()
    {
        m_nam.handler = [](const auto &) { return FakeResponse::json(401, R"({"error":{"code":"unauthorized","message":"m"}})"); };
        const ApiResult r = call(get());
        QCOMPARE(r.error->httpStatus, 401);
        QCOMPARE(m_tokens.refreshes, 1);
        m_tokens.refreshSucceeds = false;
        QCOMPARE(call(get()).error->httpStatus, 401);
    }
    void insecureUrlIsNeverSent()
    {
        ApiClient insecure(&m_nam, QUrl(QStringLiteral("http://api.okpay.example")), &m_tokens);
        std::optional<ApiResult> result;
        insecure.send(get(), this, [&](const ApiResult &r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
        QCOMPARE(int(result->error->kind), int(ApiError::Kind::InsecureUrl));
        QVERIFY(m_nam.seen.isEmpty());
    }
    void callbackIsDroppedWhenItsContextDies()
    {
        m_nam.handler = [](const auto &) { FakeResponse r = FakeResponse::json(200, "{}"); r.delayMs = 50; return r; };
        bool called = false;
        auto *context = new QObject;
        m_client->send(get(), context, [&](const ApiResult &) { called = true; });
        delete context;
        QTest::qWait(150);
        QVERIFY(!called);
    }
    void errorsReadWellForPeople()
    {
        m_nam.handler = [](const auto &) { return FakeResponse::json(500, "oops"); };
        const ApiResult r = call(get());
        QVERIFY2(ApiErrorText::userMessage(*r.error).contains(QStringLiteral("Server replied \"500 Internal Server Error\" to \"GET /v1/wallet/balances\"")),
                 qPrintable(ApiErrorText::userMessage(*r.error)));
        QVERIFY(ApiErrorText::diagnostics(*r.error).contains(QStringLiteral("status=500")));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
