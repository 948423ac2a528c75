#include "agenda/agenda_gaps.h"

#include <QCoreApplication>

#include "i18n/language.h"

#include "coverage/coverage.h"

#include <QLocale>

namespace regio::agenda {

using economy::isKnown;

QString dutchNumber(double v, int decimals)
{
    if (!isKnown(v))
        return QCoreApplication::translate("regio::agenda", "onbekend");
    const QLocale nl = regio::i18n::textLocale();
    return nl.toString(v, 'f', decimals);
}

QString dutchPercent(double fraction)
{
    if (!isKnown(fraction))
        return QCoreApplication::translate("regio::agenda", "onbekend");
    const QString s = dutchNumber(fraction * 100.0, 1);
    return (fraction > 0 && !s.startsWith(QLatin1Char('-')) ? QStringLiteral("+") : QString()) + s + QLatin1Char('%');
}

QString actorWords(ActorSet actors)
{
    QStringList out;
    for (registry::Actor a : actors.values()) {
        const QString l = registry::label(a);
        out << (l == l.toUpper() ? l : l.toLower());
    }
    return out.join(QStringLiteral(", "));
}

namespace {

// "1 gemeente", "8 gemeenten".
QString municipalityCount(int n)
{
    return n == 1 ? QCoreApplication::translate("regio::agenda", "1 gemeente") : QCoreApplication::translate("regio::agenda", "%1 gemeenten").arg(n);
}

QString domainWord(Domain d) { return registry::label(d).toLower(); }

// "C Industrie (LQ 2,21) en M Specialistische zakelijke diensten (LQ 1,40)"
QString joinDutch(const QStringList& parts)
{
    if (parts.size() <= 1)
        return parts.join(QString());
    return parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")) + QCoreApplication::translate("regio::agenda", " en ") + parts.back();
}

void addSectors(Gap& g, const std::vector<SectorItem>& items, const QString& figure, bool density)
{
    for (const SectorItem& it : items) {
        g.sectors << it.key;
        g.numbers.emplace_back(QStringLiteral("%1 %2").arg(figure, it.letters), density ? it.density : it.lq);
    }
}

QString listWithLq(const std::vector<SectorItem>& items)
{
    QStringList parts;
    for (const SectorItem& it : items)
        parts << QStringLiteral("%1 (LQ %2)").arg(it.title, dutchNumber(it.lq, 2));
    return joinDutch(parts);
}

QString listWithDensity(const std::vector<SectorItem>& items)
{
    QStringList parts;
    for (const SectorItem& it : items)
        parts << QCoreApplication::translate("regio::agenda", "%1 (dichtheid %2)").arg(it.title, dutchNumber(it.density, 1));
    return joinDutch(parts);
}

// Bodies of any item (all items carry the same bodies, by definition) that pass `keep`.
template <typename Pred>
QStringList bodyIds(const std::vector<SectorItem>& items, Pred keep)
{
    QStringList out;
    if (!items.empty())
        for (const ActingBody& b : items.front().bodies)
            if (keep(b))
                out << b.id;
    return out;
}

} // namespace

std::vector<Gap> gapsOf(const Agenda& a, const registry::Registry& registry)
{
    std::vector<Gap> out;
    const QString where = a.name;
    const auto hasActor = [&registry](const ActingBody& b, registry::Actor actor) {
        return registry.bodies[size_t(b.body)].actors.contains(actor);
    };
    const auto economyWhole = [](const ActingBody& b) { return b.wholeRegion && b.roles.contains(Domain::Economie); };
    const auto anyOf = [](const std::vector<SectorItem>& items, auto pred) {
        if (items.empty())
            return false;
        for (const ActingBody& b : items.front().bodies)
            if (pred(b))
                return true;
        return false;
    };

    if (!a.strengths.empty() && !anyOf(a.strengths, economyWhole)) {
        Gap g{QStringLiteral("sterkte-zonder-economie"),
              QCoreApplication::translate("regio::agenda", "Sterk in %1; geen samenwerkingsverband op economie dat heel %2 dekt")
                  .arg(listWithLq(a.strengths), where),
              {}, bodyIds(a.strengths, [](const ActingBody& b) { return b.roles.contains(Domain::Economie); }),
              Domain::Economie, {}};
        addSectors(g, a.strengths, QStringLiteral("LQ"), false);
        out.push_back(g);
    }
    const auto educationWhole = [&](const ActingBody& b) {
        return b.wholeRegion && hasActor(b, registry::Actor::Onderwijsinstellingen);
    };
    if (!a.strengths.empty() && !anyOf(a.strengths, educationWhole)) {
        Gap g{QStringLiteral("sterkte-zonder-onderwijsinstellingen"),
              QCoreApplication::translate("regio::agenda", "Sterk in %1; geen samenwerkingsverband met onderwijsinstellingen dat heel %2 dekt")
                  .arg(listWithLq(a.strengths), where),
              {}, bodyIds(a.strengths, [&](const ActingBody& b) { return hasActor(b, registry::Actor::Onderwijsinstellingen); }),
              Domain::Onderwijs, {}};
        addSectors(g, a.strengths, QStringLiteral("LQ"), false);
        out.push_back(g);
    }
    if (!a.opportunities.empty() && !anyOf(a.opportunities, economyWhole)) {
        Gap g{QStringLiteral("kans-zonder-economie"),
              QCoreApplication::translate("regio::agenda", "Kansen in %1 (mediaan %2); geen samenwerkingsverband op economie dat heel %3 dekt")
                  .arg(listWithDensity(a.opportunities), dutchNumber(a.densityMedian, 1), where),
              {}, bodyIds(a.opportunities, [](const ActingBody& b) { return b.roles.contains(Domain::Economie); }),
              Domain::Economie, {}};
        addSectors(g, a.opportunities, QStringLiteral("dichtheid"), true);
        g.numbers.emplace_back(QStringLiteral("mediaan"), a.densityMedian);
        out.push_back(g);
    }
    for (const SectorItem& t : a.threats) {
        Gap g{QStringLiteral("bedreiging"),
              QCoreApplication::translate("regio::agenda", "%1 (LQ %2) groeide %3–%4 minder dan landelijk: %5 tegen %6 in Nederland")
                  .arg(t.title, dutchNumber(t.lq, 2))
                  .arg(a.from)
                  .arg(a.to)
                  .arg(dutchPercent(t.growth), dutchPercent(t.nationalGrowth)),
              {t.key}, {}, std::nullopt,
              {{QStringLiteral("LQ"), t.lq}, {QStringLiteral("groei"), t.growth},
               {QStringLiteral("groei Nederland"), t.nationalGrowth}}};
        out.push_back(g);
    }
    // Missing actors at the tables of bodies covering the whole region.
    std::vector<SectorItem> items = a.strengths;
    items.insert(items.end(), a.opportunities.begin(), a.opportunities.end());
    if (!items.empty()) {
        for (size_t k = 0; k < items.front().bodies.size(); ++k) {
            const ActingBody& body = items.front().bodies[k];
            if (!body.wholeRegion)
                continue;
            // Missing for every item (common), and only for some — the knowledge-intensive sections (extra).
            registry::ActorSet any, common;
            bool first = true;
            for (const SectorItem& it : items) {
                const registry::ActorSet m = it.bodies[k].missingActors;
                any |= m;
                common = first ? m : (common & m);
                first = false;
            }
            if (any.isEmpty())
                continue;
            registry::ActorSet extra;
            for (registry::Actor x : any.values())
                if (!common.contains(x))
                    extra.insert(x);
            QStringList sectors, extraLetters;
            for (const SectorItem& it : items) {
                if (!it.bodies[k].missingActors.isEmpty())
                    sectors << it.key;
                if (!(it.bodies[k].missingActors & extra).isEmpty())
                    extraLetters << it.letters;
            }
            const QString who = QCoreApplication::translate("regio::agenda", "Bij %1 (%2) ontbreken aan tafel")
                                    .arg(body.name, registry::joinLabels(body.roles).toLower());
            QString text;
            if (!common.isEmpty()) {
                text = QStringLiteral("%1: %2").arg(who, actorWords(common));
                if (!extra.isEmpty())
                    text += QCoreApplication::translate("regio::agenda", "; voor %1 ook %2").arg(extraLetters.join(QStringLiteral(", ")), actorWords(extra));
            } else {
                text = QCoreApplication::translate("regio::agenda", "%1 voor %2: %3").arg(who, extraLetters.join(QStringLiteral(", ")), actorWords(extra));
            }
            Gap g{QStringLiteral("ontbrekende-actoren"), text, sectors, {body.id}, std::nullopt, {}};
            out.push_back(g);
        }
    }
    for (const DomainScale& s : a.scale) {
        const int n = int(a.municipalities.size());
        if (s.verdict == ScaleVerdict::Past)
            continue;
        Gap g{QStringLiteral("schaal-") + scaleVerdictKey(s.verdict), {}, {}, {}, s.domain, {}};
        QStringList parts;
        for (const ScaleBody& b : s.bodies) {
            g.bodies << b.id;
            if (s.verdict == ScaleVerdict::Deels) {
                parts << QCoreApplication::translate("regio::agenda", "%1 (%2 van %3 gemeenten)").arg(b.name).arg(b.municipalities).arg(n);
                g.numbers.emplace_back(b.id, b.municipalities);
            } else if (b.fit == ScaleFit::VeelGroter) {
                parts << QStringLiteral("%1 (%2)").arg(b.name, municipalityCount(b.territoryMunicipalities));
                g.numbers.emplace_back(b.id, b.territoryMunicipalities);
            }
        }
        g.numbers.emplace_back(QStringLiteral("gemeenten"), n);
        if (s.verdict == ScaleVerdict::Geen)
            g.text = QCoreApplication::translate("regio::agenda", "Geen samenwerkingsverband op %1 in %2").arg(domainWord(s.domain), where);
        else if (s.verdict == ScaleVerdict::Deels)
            g.text = QCoreApplication::translate("regio::agenda", "Op %1 dekt geen samenwerkingsverband heel %2: %3")
                         .arg(domainWord(s.domain), where, joinDutch(parts));
        else
            g.text = QCoreApplication::translate("regio::agenda", "Op %1 dekken alleen verbanden die veel groter zijn dan %2 (%3) het hele gebied: %4")
                         .arg(domainWord(s.domain), where, municipalityCount(n), joinDutch(parts));
        out.push_back(g);
    }
    return out;
}

} // namespace regio::agenda
