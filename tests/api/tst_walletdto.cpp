#include "api/walletdto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace okpay;

namespace {
QJsonObject money(qint64 amount, const char *currency = "USD")
{
    return {{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), QString::fromLatin1(currency)}};
}
QJsonObject validTransaction()
{
    return {{QStringLiteral("id"), QStringLiteral("txn_1")}, {QStringLiteral("type"), QStringLiteral("topup")},
            {QStringLiteral("direction"), QStringLiteral("credit")}, {QStringLiteral("status"), QStringLiteral("completed")},
            {QStringLiteral("amount"), money(10000)}, {QStringLiteral("fee"), money(320)}, {QStringLiteral("total"), money(10320)},
            {QStringLiteral("description"), QStringLiteral("Top-up by card")}, {QStringLiteral("method_kind"), QStringLiteral("credit_card")},
            {QStringLiteral("reference"), QJsonValue()}, {QStringLiteral("created_at"), QStringLiteral("2026-11-25T09:00:00Z")},
            {QStringLiteral("updated_at"), QStringLiteral("2026-11-25T09:00:01.250Z")}};
}
QJsonObject page(const QJsonArray &items)
{
    return {{QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), QJsonValue()},
            {QStringLiteral("server_time"), QStringLiteral("2026-11-25T10:00:00Z")}};
}
} // namespace

class TestWalletDto : public QObject
{
    Q_OBJECT

private slots:
    void readsAValidPage()
    {
        QString error;
        const auto p = WalletDto::transactions(page({validTransaction()}), &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->items.size(), 1);
        const Transaction &t = p->items.first();
        QCOMPARE(t.amount.minor(), 10000);
        QCOMPARE(t.total.minor(), 10320);
        QCOMPARE(t.amount.currency().code(), QStringLiteral("USD"));
        QCOMPARE(t.updatedAt.time().msec(), 250);
        QVERIFY(t.reference.isEmpty());
        QVERIFY(p->nextCursor.isEmpty());
    }
    void keepsOnlyFourDigitsOfACard_data()
    {
        QTest::addColumn<QJsonValue>("last4");
        QTest::addColumn<QString>("kept");
        QTest::newRow("four digits") << QJsonValue(QStringLiteral("4242")) << QStringLiteral("4242");
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << QString();
        QTest::newRow("null") << QJsonValue() << QString();
        QTest::newRow("a whole card number") << QJsonValue(QStringLiteral("4242424242424242")) << QString();
        QTest::newRow("letters") << QJsonValue(QStringLiteral("12ab")) << QString();
        QTest::newRow("markup") << QJsonValue(QStringLiteral("<b>1</b>")) << QString();
        QTest::newRow("a number") << QJsonValue(4242) << QString();
        QTest::newRow("full-width digits") << QJsonValue(QStringLiteral("４２４２")) << QString();
    }
    void keepsOnlyFourDigitsOfACard()
    {
        QFETCH(QJsonValue, last4);
        QFETCH(QString, kept);
        QJsonObject json = validTransaction();
        if (!last4.isUndefined())
            json.insert(QStringLiteral("card_last4"), last4);
        QString error;
        const auto t = WalletDto::transaction(json, &error);
        QVERIFY2(t, qPrintable(error));  // a strange card field never costs the user the transaction
        QCOMPARE(t->cardLast4, kept);
    }
    void rejectsWhatTheContractForbids_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("missing id") << QStringLiteral("id") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("id number") << QStringLiteral("id") << QJsonValue(5);
        QTest::newRow("unknown type") << QStringLiteral("type") << QJsonValue(QStringLiteral("gift"));
        QTest::newRow("float amount") << QStringLiteral("amount") << QJsonValue(QJsonObject{{QStringLiteral("amount"), 10.5}, {QStringLiteral("currency"), QStringLiteral("USD")}});
        QTest::newRow("amount as string") << QStringLiteral("amount") << QJsonValue(QJsonObject{{QStringLiteral("amount"), QStringLiteral("100")}, {QStringLiteral("currency"), QStringLiteral("USD")}});
        QTest::newRow("unknown currency") << QStringLiteral("amount") << QJsonValue(money(100, "XXX"));
        QTest::newRow("fee in other currency") << QStringLiteral("fee") << QJsonValue(money(1, "EUR"));
        QTest::newRow("beyond 2^53") << QStringLiteral("amount") << QJsonValue(QJsonObject{{QStringLiteral("amount"), 1e300}, {QStringLiteral("currency"), QStringLiteral("USD")}});
        QTest::newRow("bad time") << QStringLiteral("created_at") << QJsonValue(QStringLiteral("yesterday"));
        QTest::newRow("huge description") << QStringLiteral("description") << QJsonValue(QString(501, u'x'));
        QTest::newRow("status null") << QStringLiteral("status") << QJsonValue();
    }
    void rejectsWhatTheContractForbids()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject t = validTransaction();
        if (value.isUndefined())
            t.remove(key);
        else
            t.insert(key, value);
        QString error;
        QVERIFY(!WalletDto::transactions(page({t}), &error));
        QVERIFY2(!error.isEmpty(), "the reason is reported");
    }
    void rejectsBrokenPages()
    {
        QString error;
        QVERIFY(!WalletDto::transactions(QJsonObject{}, &error));
        QVERIFY(!WalletDto::transactions(QJsonObject{{QStringLiteral("items"), QStringLiteral("nope")}}, &error));
        QJsonArray tooMany;
        for (int i = 0; i < 201; ++i)
            tooMany.append(validTransaction());
        QVERIFY(!WalletDto::transactions(page(tooMany), &error));
    }
    void readsBalances()
    {
        const QJsonObject json{{QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("currency"), QStringLiteral("CNY")},
                                                                               {QStringLiteral("available"), money(88800, "CNY")},
                                                                               {QStringLiteral("pending"), money(0, "CNY")},
                                                                               {QStringLiteral("updated_at"), QStringLiteral("2026-11-25T10:00:00Z")}}}},
                               {QStringLiteral("server_time"), QStringLiteral("2026-11-25T10:00:00Z")}};
        QString error;
        const auto list = WalletDto::balances(json, &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->items.first().available.minor(), 88800);
        QJsonObject mismatch = json;
        QJsonArray items = mismatch.value(u"items").toArray();
        QJsonObject b = items.first().toObject();
        b.insert(QStringLiteral("currency"), QStringLiteral("USD"));
        items[0] = b;
        mismatch.insert(QStringLiteral("items"), items);
        QVERIFY(!WalletDto::balances(mismatch, &error));
    }
};

QTEST_APPLESS_MAIN(TestWalletDto)
#include "tst_walletdto.moc"
