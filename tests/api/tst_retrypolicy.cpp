#include "api/retrypolicy.h"

#include <QTest>

using namespace okpay;

namespace {
ApiError http(int status, int retryAfter = 0)
{
    ApiError e = ApiError::fromReply(status, {});
    e.retryAfterSecs = retryAfter;
    return e;
}
RetryPolicy fixed(double r)
{
    RetryPolicy p;
    p.random = [r] { return r; };
    return p;
}
} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void retriesOnlyTransientFailures_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retried");
        QTest::newRow("network") << int(ApiError::Kind::Network) << 0 << true;
        QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << 0 << true;
        QTest::newRow("503") << int(ApiError::Kind::Http) << 503 << true;
        QTest::newRow("502") << int(ApiError::Kind::Http) << 502 << true;
        QTest::newRow("429") << int(ApiError::Kind::Http) << 429 << true;
        QTest::newRow("500") << int(ApiError::Kind::Http) << 500 << false;
        QTest::newRow("422") << int(ApiError::Kind::Http) << 422 << false;
        QTest::newRow("401") << int(ApiError::Kind::Http) << 401 << false;
        QTest::newRow("tls") << int(ApiError::Kind::Tls) << 0 << false;
        QTest::newRow("malformed") << int(ApiError::Kind::Malformed) << 200 << false;
    }
    void retriesOnlyTransientFailures()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(bool, retried);
        ApiError e = http(status);
        e.kind = ApiError::Kind(kind);
        QCOMPARE(fixed(0.5).delayBeforeRetry(e, 1, true).has_value(), retried);
    }
    void neverRetriesUnsafeRequests()
    {
        QVERIFY(!fixed(0.5).delayBeforeRetry(http(503), 1, false));
    }
    void backsOffExponentiallyWithJitter()
    {
        const RetryPolicy top = fixed(1.0);
        QCOMPARE(*top.delayBeforeRetry(http(503), 1, true), 500);
        QCOMPARE(*top.delayBeforeRetry(http(503), 2, true), 1000);
        QCOMPARE(*top.delayBeforeRetry(http(503), 3, true), 2000);
        QVERIFY(!top.delayBeforeRetry(http(503), 4, true));  // four attempts in all
        QCOMPARE(*fixed(0.0).delayBeforeRetry(http(503), 3, true), 0);
        RetryPolicy many = fixed(1.0);
        many.maxAttempts = 100;
        QCOMPARE(*many.delayBeforeRetry(http(503), 60, true), 30000);  // capped, no overflow
    }
    void honoursRetryAfter()
    {
        QCOMPARE(*fixed(0.0).delayBeforeRetry(http(429, 7), 1, true), 7000);
        QVERIFY(!fixed(0.0).delayBeforeRetry(http(429, 3600), 1, true));  // an hour: tell the user instead
    }
};

QTEST_APPLESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
