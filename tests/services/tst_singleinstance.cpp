// SingleInstance: the first wallet claims, a later launch forwards its place and exits; hostile local messages.
#include "services/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace okpay;

class TestSingleInstance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    bool sendRaw(const QByteArray &bytes)
    {
        QLocalSocket socket;
        socket.connectToServer(m_dir.filePath(QStringLiteral("okpay-wallet.socket")));
        if (!socket.waitForConnected(2000))
            return false;
        socket.write(bytes);
        const bool written = socket.waitForBytesWritten(2000);
        socket.disconnectFromServer();
        return written;
    }

private slots:
    void theFirstClaimsALaterLaunchForwards()
    {
        SingleInstance first(m_dir.path());
        QVERIFY(first.claim());
        QSignalSpy activated(&first, &SingleInstance::activated);
        SingleInstance second(m_dir.path());
        QVERIFY(!second.claim());
        QVERIFY(second.forward(QStringLiteral("faq/two-factor-setup"), {}));
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("faq/two-factor-setup"));
        QVERIFY(second.forward({}, {}));  // no place: just come to the front
        QTRY_COMPARE(activated.size(), 2);
        QCOMPARE(activated.at(1).at(0).toString(), QString());
    }

    void aBadLinkIsPassedOnForTheWindowToSay()
    {
        SingleInstance first(m_dir.path());
        QVERIFY(first.claim());
        QSignalSpy bad(&first, &SingleInstance::badLinkForwarded);
        QVERIFY(SingleInstance(m_dir.path()).forward({}, QStringLiteral("okpay:give\nme-everything")));
        QTRY_COMPARE(bad.size(), 1);
        QCOMPARE(bad.at(0).at(0).toString(), QStringLiteral("okpay:give me-everything"));
    }

    void theLockIsFreedWhenTheFirstQuits()
    {
        {
            SingleInstance first(m_dir.path());
            QVERIFY(first.claim());
        }
        SingleInstance next(m_dir.path());
        QVERIFY(next.claim());
    }

    void aCrashedInstanceDoesNotBlockTheNext()
    {
        // What a crash leaves: a lock naming a process that is gone, and the socket file.
        QDir(m_dir.path()).mkpath(QStringLiteral("."));
        QFile lock(m_dir.filePath(QStringLiteral("okpay-wallet.lock")));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("999999999\nokpay-wallet\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        QFile socketFile(m_dir.filePath(QStringLiteral("okpay-wallet.socket")));
        QVERIFY(socketFile.open(QIODevice::WriteOnly));
        socketFile.close();
        SingleInstance next(m_dir.path());
        QVERIFY(next.claim());
        QSignalSpy activated(&next, &SingleInstance::activated);
        QVERIFY(SingleInstance(m_dir.path()).forward(QStringLiteral("chat"), {}));
        QTRY_COMPARE(activated.size(), 1);
    }

    void nothingToForwardToWhenNoneRuns()
    {
        QTemporaryDir empty;
        QVERIFY(!SingleInstance(empty.path()).forward(QStringLiteral("help"), {}, 200));
    }

    void hostileMessagesAreIgnored()
    {
        SingleInstance first(m_dir.path());
        QVERIFY(first.claim());
        QSignalSpy activated(&first, &SingleInstance::activated);
        QVERIFY(sendRaw("place ../../etc/passwd\n"));
        QVERIFY(sendRaw("place faq/a/b\n"));
        QVERIFY(sendRaw("withdraw 100\n"));
        QVERIFY(sendRaw(QByteArray("\x00\xff\xfe\n", 4)));
        QVERIFY(sendRaw(QByteArray(100000, 'x')));                    // no newline, far too long
        QVERIFY(sendRaw("place " + QByteArray(5000, 'a') + "\n"));   // too long a line
        QVERIFY(sendRaw("place help"));                               // never finished
        QVERIFY(sendRaw("place security\n"));                         // and then a proper one still works
        QTRY_COMPARE(activated.size(), 1);
        QTest::qWait(100);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("security"));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
