#pragma once
#include "services/contactchannels.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace okpay {

// One contact channel on the Help tab: name, address, description, its weekly hours, a live status line and the
// button that uses it. The panel decides what the button does and when the status is recomputed.
class ContactChannelCard : public QFrame
{
    Q_OBJECT

public:
    ContactChannelCard(const ContactChannel &channel, QWidget *parent = nullptr);

    const ContactChannel &channel() const { return m_channel; }
    QPushButton *actionButton() const { return m_action; }
    // "Online now …" / "Opens Monday 09:00 (your time: …)" for channels with hours; "any time" for the others.
    void updateStatus(const QDateTime &now, const QTimeZone &userZone, const QLocale &locale);

    // "Monday–Friday 09:00–18:00" per group of days with the same hours, "Every day, any time" when always open.
    static QString weeklyText(const ContactChannel &channel, const QLocale &locale);
    static QString buttonText(const ContactChannel &channel);

signals:
    void actionClicked(const okpay::ContactChannel &channel);

private:
    ContactChannel m_channel;
    QLabel *m_status;
    QPushButton *m_action;
};

} // namespace okpay
