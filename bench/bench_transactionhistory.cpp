// Prints how long the Balance tab's history takes to open over 1,000,000 cached transactions (cache open, count,
// first screen) and to jump to the last screen, and how much memory that added. Targets: <= 100 ms, <= 40 MB.
#include "services/transactiontablemodel.h"
#include "store/cachedatabase.h"
#include "support/transactionfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace okpay;

namespace {
qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}
} // namespace

int main()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        CacheDatabase cache(path);
        cache.open();
        test::fillTransactions(cache.db(), 1'000'000);
    }
    QTextStream out(stdout);
    const qint64 before = residentKb();
    QElapsedTimer timer;
    timer.start();
    CacheDatabase cache(path);
    cache.open();
    TransactionStore store(cache.db());
    TransactionTableModel model(&store);
    for (int row = 0; row < 40; ++row)
        for (int column = 0; column < TransactionTableModel::ColumnCount; ++column)
            model.data(model.index(row, column));
    const qint64 openMs = timer.elapsed();
    timer.restart();
    for (int row = model.rowCount() - 40; row < model.rowCount(); ++row)
        for (int column = 0; column < TransactionTableModel::ColumnCount; ++column)
            model.data(model.index(row, column));
    const qint64 endMs = timer.elapsed();
    out << "history of " << model.rowCount() << " cached transactions: open + first screen " << openMs
        << " ms, jump to last screen " << endMs << " ms, extra memory " << (residentKb() - before) / 1024 << " MB ("
        << model.pagesRead() << " pages of " << TransactionTableModel::PageSize << " rows read)\n";
    return 0;
}
