#pragma once
#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace okpay::server {

class ApiServer;

// --demo: every flow can be tried alone at any hour. Creates (or resets the password of) the demo user
// demo@okpay.test and an "OKPay Support" agent, seeds the user's wallet history and tickets, and runs the demo
// agent: it joins waiting chats within seconds and answers them and new tickets from the FAQ. (Support hours are
// open in demo mode, and bank transfers settle themselves; those live in the chat, support and funding areas.)
class DemoMode : public QObject
{
    Q_OBJECT

public:
    explicit DemoMode(ApiServer &server, QObject *parent = nullptr);
    ~DemoMode() override;

    // Seeds the data; returns the demo user's password (new on every start) or an empty string on failure.
    QString seed(QString *error);
    void startAgent();

    static constexpr auto UserEmail = "demo@okpay.test";
    static constexpr auto AgentEmail = "support@okpay.test";

private:
    void tick();
    ApiServer &m_server;
    QThreadPool m_worker;  // one thread: the agent's database work never runs on the event loop
    QTimer m_timer;
    QString m_agentId;
    bool m_busy = false;
};

} // namespace okpay::server
