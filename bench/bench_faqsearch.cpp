// Prints FAQ search latency (p50/p95/max) over 10,000 cached articles in English and Chinese, for queries of
// 1, 2 and 3+ characters. Target: p95 <= 4 ms.
#include "store/cachedatabase.h"
#include "store/faqstore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace okpay;

int main()
{
    QTemporaryDir dir;
    CacheDatabase cache(dir.filePath(QStringLiteral("bench.sqlite")));
    cache.open();
    FaqStore faq(cache.db());
    const QStringList enWords{QStringLiteral("account"), QStringLiteral("withdrawal"), QStringLiteral("bank"), QStringLiteral("transfer"),
                              QStringLiteral("security"), QStringLiteral("password"), QStringLiteral("ticket"), QStringLiteral("promotion"),
                              QStringLiteral("card"), QStringLiteral("limit"), QStringLiteral("verification"), QStringLiteral("support")};
    const QStringList zhWords{QStringLiteral("账户"), QStringLiteral("提现"), QStringLiteral("银行转账"), QStringLiteral("安全"),
                              QStringLiteral("密码"), QStringLiteral("工单"), QStringLiteral("优惠活动"), QStringLiteral("信用卡"),
                              QStringLiteral("限额"), QStringLiteral("身份验证"), QStringLiteral("客服"), QStringLiteral("手续费")};
    QList<FaqArticleRecord> batch;
    for (int i = 0; i < 10000; ++i) {
        const bool zh = i % 2;
        const QStringList &words = zh ? zhWords : enWords;
        QString body;
        for (int w = 0; w < 150; ++w)
            body += words.at((i * 7 + w * 13) % words.size()) + (zh ? QString() : QStringLiteral(" "));
        batch.append(FaqArticleRecord{QStringLiteral("a%1").arg(i / 2), zh ? QStringLiteral("zh_CN") : QStringLiteral("en"),
                                      QStringLiteral("cat%1").arg(i % 9), words.at(i % words.size()) + QString::number(i), body,
                                      {words.at((i + 3) % words.size())}, i, 1, QDateTime::currentDateTimeUtc(), QStringLiteral("Category")});
    }
    faq.upsert(batch);

    const QList<QPair<QString, QString>> queries{
        {QStringLiteral("en"), QStringLiteral("withdrawal")}, {QStringLiteral("en"), QStringLiteral("bank transfer")},
        {QStringLiteral("en"), QStringLiteral("zz")},          {QStringLiteral("zh_CN"), QStringLiteral("手续费")},
        {QStringLiteral("zh_CN"), QStringLiteral("提现")},      {QStringLiteral("zh_CN"), QStringLiteral("卡")},
        {QStringLiteral("zh_CN"), QStringLiteral("不存在的词")}, {QStringLiteral("en"), QStringLiteral("nothing-matches-this")},
        {QStringLiteral("zh_CN"), QStringLiteral("罕见")},
    };
    QTextStream out(stdout);
    for (const auto &[locale, query] : queries) {
        QList<qint64> micros;
        for (int run = 0; run < 50; ++run) {
            QElapsedTimer t;
            t.start();
            const auto hits = faq.search(query, locale);
            micros.append(t.nsecsElapsed() / 1000);
        }
        std::sort(micros.begin(), micros.end());
        out << QStringLiteral("faq search %1 \"%2\": p50 %3 ms  p95 %4 ms  max %5 ms\n")
                   .arg(locale, query)
                   .arg(micros.at(25) / 1000.0, 0, 'f', 2)
                   .arg(micros.at(47) / 1000.0, 0, 'f', 2)
                   .arg(micros.last() / 1000.0, 0, 'f', 2);
    }
    return 0;
}
