#include "services/balancelistmodel.h"
#include "services/chatmessagemodel.h"
#include "services/faqlistmodel.h"
#include "store/cachedatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace okpay;

class TestListModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void balancesShowAllWalletCurrenciesInTheUsersLocale()
    {
        CacheDatabase cache(m_dir.filePath(QStringLiteral("balances.sqlite")));
        cache.open();
        WalletCache wallet(cache.db());
        BalanceListModel model(&wallet);
        QCOMPARE(model.rowCount(), 3);  // before the first sync: zeros, not an empty tab
        QCOMPARE(model.data(model.index(0), BalanceListModel::AvailableMinorRole).toLongLong(), 0);
        QVERIFY(wallet.replaceBalances({CachedBalance{Money(123456, Currency::cny()), Money(5000, Currency::cny()), QDateTime::currentDateTimeUtc()}}));
        model.setLocale(QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));
        model.reload();
        QCOMPARE(model.data(model.index(2), BalanceListModel::CurrencyRole).toString(), QStringLiteral("CNY"));
        QCOMPARE(model.data(model.index(2)).toString(), QStringLiteral("¥1,234.56"));
        QCOMPARE(model.data(model.index(2), BalanceListModel::PendingTextRole).toString(), QStringLiteral("¥50.00"));
        QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("US$0.00"));
        QVERIFY(!model.data(model.index(7)).isValid());
    }
    void chatShowsEachMessageOnceInOrderWithPendingOnesLast()
    {
        auto message = [](qint64 seq, const QString &clientId, const QString &body) {
            return QJsonObject{{QStringLiteral("type"), QStringLiteral("message")}, {QStringLiteral("seq"), seq},
                               {QStringLiteral("message"), QJsonObject{{QStringLiteral("seq"), seq}, {QStringLiteral("client_id"), clientId},
                                                                       {QStringLiteral("author_role"), QStringLiteral("agent")},
                                                                       {QStringLiteral("author_name"), QStringLiteral("Mei")},
                                                                       {QStringLiteral("body"), body},
                                                                       {QStringLiteral("created_at"), QStringLiteral("2026-11-25T10:00:00Z")}}}};
        };
        ChatMessageModel model;
        model.addEvent(message(2, {}, QStringLiteral("second")));
        model.addEvent(message(1, {}, QStringLiteral("first")));
        model.addEvent(message(2, {}, QStringLiteral("second")));  // a replay after reconnect
        model.addEvent(QJsonObject{{QStringLiteral("type"), QStringLiteral("typing")}, {QStringLiteral("seq"), 2}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("first"));
        OutboxItem pending;
        pending.clientId = QStringLiteral("c-1");
        pending.payload = QJsonObject{{QStringLiteral("body"), QStringLiteral("mine")}};
        pending.state = OutboxItem::State::Queued;
        model.setPending({pending});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(2), ChatMessageModel::DeliveryRole).toString(), QStringLiteral("Sending…"));
        model.addEvent(message(3, QStringLiteral("c-1"), QStringLiteral("mine")));  // the server's copy arrives
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.data(model.index(2), ChatMessageModel::DeliveryRole).toString().isEmpty());
        model.addEvent(message(-5, {}, QStringLiteral("bogus")));
        QCOMPARE(model.rowCount(), 3);
    }
    void faqListsByCategoryAndSearches()
    {
        CacheDatabase cache(m_dir.filePath(QStringLiteral("faq.sqlite")));
        cache.open();
        FaqStore store(cache.db());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(store.upsert({FaqArticleRecord{QStringLiteral("a"), QStringLiteral("zh_CN"), QStringLiteral("security"), QStringLiteral("助记词安全"),
                                               QStringLiteral("客服不会索要助记词。"), {}, 1, 1, now, QStringLiteral("账户安全")},
                              FaqArticleRecord{QStringLiteral("b"), QStringLiteral("zh_CN"), QStringLiteral("funding"), QStringLiteral("充值方式"),
                                               QStringLiteral("银行转账手续费最低。"), {}, 1, 1, now, QStringLiteral("充值")},
                              FaqArticleRecord{QStringLiteral("b"), QStringLiteral("en"), QStringLiteral("funding"), QStringLiteral("Top-up methods"),
                                               QStringLiteral("Bank transfer is cheapest."), {}, 1, 1, now, QStringLiteral("Top-up")}}));
        FaqListModel model(&store);
        QCOMPARE(model.rowCount(), 1);
        model.setLocale(QStringLiteral("zh_CN"));
        QCOMPARE(model.rowCount(), 2);
        model.setQuery(QStringLiteral("助记"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), FaqListModel::ArticleIdRole).toString(), QStringLiteral("a"));
        QCOMPARE(model.data(model.index(0), FaqListModel::CategoryTitleRole).toString(), QStringLiteral("账户安全"));
        model.setQuery(QStringLiteral("nothing like this"));
        QCOMPARE(model.rowCount(), 0);
        model.setLocale(QStringLiteral("klingon"));
        QCOMPARE(model.locale(), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestListModels)
#include "tst_listmodels.moc"
