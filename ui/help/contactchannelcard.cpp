#include "ui/help/contactchannelcard.h"

#include <QGridLayout>
#include <QLabel>
#include <QMap>
#include <QPushButton>

namespace okpay {

namespace {
QLabel *wrappedLabel(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString timeText(const QTime &time, bool closing, const QLocale &locale)
{
    if (closing && time == QTime(0, 0))
        return ContactChannelCard::tr("midnight", "closing time at the end of the day");
    return locale.toString(time, QLocale::ShortFormat);
}

bool isHttpsUrl(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    return url.isValid() && url.scheme() == u"https" && !url.host().isEmpty();
}
} // namespace

ContactChannelCard::ContactChannelCard(const ContactChannel &channel, QWidget *parent)
    : QFrame(parent), m_channel(channel), m_status(new QLabel(this)), m_action(new QPushButton(buttonText(channel), this))
{
    const QString id = channel.id;
    setObjectName(QStringLiteral("contactCard_") + id);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(channel.name);

    auto *name = new QLabel(channel.name, this);
    name->setObjectName(QStringLiteral("contactName_") + id);
    name->setTextFormat(Qt::PlainText);
    name->setWordWrap(true);
    QFont bold = name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    name->setFont(bold);
    auto *address = wrappedLabel(QStringLiteral("contactAddress_") + id, channel.address, this);
    address->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    address->setAccessibleName(tr("Address of %1").arg(channel.name));
    auto *description = wrappedLabel(QStringLiteral("contactDescription_") + id, channel.description, this);
    description->setVisible(!channel.description.isEmpty());
    auto *hours = wrappedLabel(QStringLiteral("contactHours_") + id, weeklyText(channel, QLocale()), this);
    hours->setVisible(!channel.alwaysOpen);  // the status line already says "at any time"
    m_status->setObjectName(QStringLiteral("contactStatus_") + id);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_action->setObjectName(QStringLiteral("contactAction_") + id);
    m_action->setAccessibleName(tr("%1: %2").arg(channel.name, m_action->text()));
    connect(m_action, &QPushButton::clicked, this, [this] { emit actionClicked(m_channel); });

    auto *layout = new QGridLayout(this);
    layout->setColumnStretch(0, 1);
    layout->addWidget(name, 0, 0);
    layout->addWidget(m_action, 0, 1, Qt::AlignRight | Qt::AlignTop);
    layout->addWidget(address, 1, 0, 1, 2);
    layout->addWidget(description, 2, 0, 1, 2);
    layout->addWidget(hours, 3, 0, 1, 2);
    layout->addWidget(m_status, 4, 0, 1, 2);
    if (channel.urgent) {
        auto *urgent = wrappedLabel(QStringLiteral("contactUrgent_") + id,
                                    tr("For urgent problems — a lost phone or computer, a payment you do not recognise, "
                                       "or a locked account — call us rather than writing."), this);
        urgent->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3d2e00; padding: 4px; }"));
        layout->addWidget(urgent, 5, 0, 1, 2);
    }
    layout->setRowStretch(6, 1);
}

QString ContactChannelCard::buttonText(const ContactChannel &channel)
{
    switch (channel.kind) {
    case ContactChannel::Kind::Website:
        return tr("Open the website");
    case ContactChannel::Kind::Email:
        return tr("Write an email");
    case ContactChannel::Kind::Chat:
        return tr("Start a chat");
    case ContactChannel::Kind::Phone:
        return tr("Call");
    case ContactChannel::Kind::Social:
        return isHttpsUrl(channel.address) ? tr("Open") : tr("Copy the name");
    case ContactChannel::Kind::Tickets:
        return tr("Open a ticket");
    }
    return {};
}

QString ContactChannelCard::weeklyText(const ContactChannel &channel, const QLocale &locale)
{
    if (channel.alwaysOpen)
        return tr("Any time, every day");
    // Each day's windows as text, then runs of consecutive days with the same text.
    QMap<int, QStringList> byDay;
    for (const WeeklyWindow &w : channel.hours.windows())
        byDay[w.day] << tr("%1–%2", "opening hours, e.g. 09:00–18:00")
                            .arg(timeText(w.open, false, locale), timeText(w.close, true, locale));
    if (byDay.isEmpty())
        return tr("No regular hours");
    QStringList runs;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (!byDay.contains(day))
            continue;
        int last = day;
        while (last < Qt::Sunday && byDay.value(last + 1) == byDay.value(day))
            ++last;
        const QString days = last == day ? locale.dayName(day)
                                         : tr("%1–%2", "a range of weekdays, e.g. Monday–Friday")
                                               .arg(locale.dayName(day), locale.dayName(last));
        runs << tr("%1 %2", "weekdays and their hours").arg(days, byDay.value(day).join(QStringLiteral(", ")));
        day = last;
    }
    const QTimeZone zone = channel.hours.timeZone();
    const QString zoneName = zone.displayName(QTimeZone::GenericTime, QTimeZone::LongName, locale);
    return tr("Hours: %1 (%2)").arg(runs.join(QStringLiteral("; ")), zoneName.isEmpty() ? QString::fromUtf8(zone.id()) : zoneName);
}

void ContactChannelCard::updateStatus(const QDateTime &now, const QTimeZone &userZone, const QLocale &locale)
{
    bool online = true;
    QString text;
    if (!m_channel.alwaysOpen) {
        online = m_channel.hours.isOpen(now);
        text = m_channel.hours.statusText(now, userZone, locale);
    } else if (m_channel.kind == ContactChannel::Kind::Email || m_channel.kind == ContactChannel::Kind::Tickets) {
        text = tr("Accepts messages at any time; we answer during support hours");
    } else {
        text = tr("Available at any time");
    }
    m_status->setText((online ? QStringLiteral("● ") : QStringLiteral("○ ")) + text);
    m_status->setStyleSheet(online ? QStringLiteral("color: #1b7f3b;") : QStringLiteral("color: #8a4b00;"));
    m_status->setProperty("online", online);
}

} // namespace okpay
