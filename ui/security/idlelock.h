#pragma once
#include <QObject>
#include <QTimer>

#include <chrono>

namespace okpay {

// Watches the whole application for user input (keys, mouse buttons and movement, wheel, touch) and reports when
// none came for the set number of minutes. Armed only while someone is signed in; 0 minutes means never.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(QObject *parent = nullptr);  // filters the application's events from now on
    ~IdleLock() override;

    void setMinutes(int minutes);
    int minutes() const { return m_minutes; }
    void setArmed(bool armed);
    bool isCounting() const { return m_timer.isActive(); }
    // Tests make a "minute" a few milliseconds long.
    void setMinuteLength(std::chrono::milliseconds length);

signals:
    void idle(int minutes);  // once per quiet stretch; input starts the count again

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();
    QTimer m_timer;
    int m_minutes = 0;
    bool m_armed = false;
    std::chrono::milliseconds m_minuteLength{std::chrono::minutes(1)};
};

} // namespace okpay
