#include "registry/registry_validate.h"

#include <QCoreApplication>

#include "regions/level.h"
#include "regions/region_model.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace regio::registry {

namespace {

// Founding years outside this range are typing errors, not history.
constexpr int kEarliestYear = 1800;
constexpr int kLatestYear = 2100;

void add(RegistryProblems& problems, const QString& path, const QString& reason)
{
    problems.push_back({path, reason});
}

QString indexed(const QString& path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// "onbekende COROP-code CR99": the Dutch noun per division level.
QString unknownDivisionReason(Level level, const QString& code)
{
    switch (level) {
    case Level::Provincie:
        return QCoreApplication::translate("regio::registry", "onbekende provinciecode %1").arg(code);
    case Level::Corop:
        return QCoreApplication::translate("regio::registry", "onbekende COROP-code %1").arg(code);
    case Level::Arbeidsmarktregio:
        return QCoreApplication::translate("regio::registry", "onbekende arbeidsmarktregiocode %1").arg(code);
    case Level::Gemeente:
        break;
    }
    return QCoreApplication::translate("regio::registry", "onbekende code %1").arg(code);
}

void checkMunicipalityCodes(const QStringList& codes, const RegionModel& regions, const QString& path,
                            RegistryProblems& problems)
{
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QString& code = codes.at(i);
        const QString at = indexed(path, i);
        const std::optional<Level> level = levelOfCode(code);
        if (level && *level != Level::Gemeente)
            add(problems, at,
                QCoreApplication::translate("regio::registry", "%1 is geen gemeentecode; zet indelingen onder territory.divisions").arg(code));
        else if (!regions.municipality(code))
            add(problems, at, QCoreApplication::translate("regio::registry", "onbekende gemeentecode %1").arg(code));
        else if (seen.contains(code))
            add(problems, at, QCoreApplication::translate("regio::registry", "dubbele gemeentecode %1").arg(code));
        seen.insert(code, i);
    }
}

void checkDivisionCodes(const QStringList& codes, const RegionModel& regions, const QString& path,
                        RegistryProblems& problems)
{
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QString& code = codes.at(i);
        const QString at = indexed(path, i);
        const std::optional<Level> level = levelOfCode(code);
        if (!level)
            add(problems, at,
                QCoreApplication::translate("regio::registry", "'%1' is geen code van een provincie (PV), COROP-gebied (CR) of "
                               "arbeidsmarktregio (AM)")
                    .arg(code));
        else if (*level == Level::Gemeente)
            add(problems, at,
                QCoreApplication::translate("regio::registry", "%1 is een gemeente; zet die onder territory.municipalities").arg(code));
        else if (!regions.division(code))
            add(problems, at, unknownDivisionReason(*level, code));
        else if (seen.contains(code))
            add(problems, at, QCoreApplication::translate("regio::registry", "dubbele code %1").arg(code));
        seen.insert(code, i);
    }
}

void checkText(const QString& value, const QString& path, const QString& reasonWhenEmpty,
               RegistryProblems& problems)
{
    if (value.trimmed().isEmpty())
        add(problems, path, reasonWhenEmpty);
}

} // namespace

QString bodyPath(int index)
{
    return indexed(QStringLiteral("$.bodies"), index);
}

RegistryProblems validateTerritory(const Territory& territory, const RegionModel& regions, const QString& path,
                                   int version)
{
    RegistryProblems problems;
    checkMunicipalityCodes(territory.municipalities, regions, path + QStringLiteral(".municipalities"), problems);
    checkDivisionCodes(territory.divisions, regions, path + QStringLiteral(".divisions"), problems);
    for (qsizetype i = 0; i < territory.abroad.size(); ++i)
        checkText(territory.abroad.at(i), indexed(path + QStringLiteral(".abroad"), i),
                  QCoreApplication::translate("regio::registry", "lege naam van een buitenlands gebied"), problems);
    // A body must hold at least one Dutch municipality, or it cannot appear on the map or in
    // any coverage (docs/registry-format.md, "territory"); since version 2 a body that lies
    // wholly abroad is allowed (listed, not on the map).
    const bool dutch = territory.national || !territory.municipalities.isEmpty() || !territory.divisions.isEmpty();
    if (!dutch && (version < 2 || territory.abroad.isEmpty()))
        add(problems, path,
            version < 2 && !territory.abroad.isEmpty()
                ? QCoreApplication::translate("regio::registry",
                                              "alleen buitenland: dat kan pas in registerversie 2 (zet \"version\": 2)")
                : QCoreApplication::translate("regio::registry", "leeg gebied: geen gemeenten, geen indelingen en niet national"));
    return problems;
}

RegistryProblems validateBody(const Body& body, const RegionModel& regions, const QString& path, int version)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9-]+$"));
    RegistryProblems problems;
    const auto field = [&path](const char* name) { return path + QLatin1Char('.') + QLatin1String(name); };

    if (body.id.isEmpty())
        add(problems, field("id"), QCoreApplication::translate("regio::registry", "lege id"));
    else if (!idPattern.match(body.id).hasMatch())
        add(problems, field("id"),
            QCoreApplication::translate("regio::registry", "id '%1' mag alleen kleine letters a-z, cijfers en '-' bevatten").arg(body.id));
    checkText(body.name, field("name"), QCoreApplication::translate("regio::registry", "lege naam"), problems);
    if (body.domains.isEmpty())
        add(problems, field("domains"),
            QCoreApplication::translate("regio::registry", "ten minste één domein nodig (%1)").arg(domainKeys().join(QStringLiteral(", "))));
    if (body.actors.isEmpty())
        add(problems, field("actors"), QCoreApplication::translate("regio::registry", "ten minste één actor nodig"));
    if (body.roles.isEmpty())
        add(problems, field("roles"),
            QCoreApplication::translate("regio::registry", "ten minste één rol nodig (%1)").arg(roleKeys().join(QStringLiteral(", "))));
    if (body.fundingPerInhabitant
        && (!std::isfinite(*body.fundingPerInhabitant) || *body.fundingPerInhabitant < 0.0))
        add(problems, field("fundingPerInhabitant"),
            QCoreApplication::translate("regio::registry", "bijdrage per inwoner moet een getal ≥ 0 zijn"));
    if (body.founded && (*body.founded < kEarliestYear || *body.founded > kLatestYear))
        add(problems, field("founded"),
            QCoreApplication::translate("regio::registry", "onwaarschijnlijk oprichtingsjaar %1 (verwacht %2–%3)")
                .arg(*body.founded)
                .arg(kEarliestYear)
                .arg(kLatestYear));
    if (body.ended && (*body.ended < kEarliestYear || *body.ended > kLatestYear))
        add(problems, field("ended"),
            QCoreApplication::translate("regio::registry", "onwaarschijnlijk eindjaar %1 (verwacht %2–%3)")
                .arg(*body.ended)
                .arg(kEarliestYear)
                .arg(kLatestYear));
    else if (body.ended && body.founded && *body.ended < *body.founded)
        add(problems, field("ended"),
            QCoreApplication::translate("regio::registry", "eindjaar %1 ligt vóór het oprichtingsjaar %2")
                .arg(*body.ended)
                .arg(*body.founded));
    else if (body.ended && body.status != Status::Beeindigd)
        add(problems, field("ended"),
            QCoreApplication::translate("regio::registry",
                                        "eindjaar %1 gegeven, maar de status is niet 'beëindigd'")
                .arg(*body.ended));
    // A value that is filled in names where it comes from; unknown stays unknown (null).
    const auto needsSource = [&](bool set, const QString& source, const char* sourceKey) {
        if (set && source.trimmed().isEmpty())
            add(problems, field(sourceKey),
                QCoreApplication::translate("regio::registry",
                                            "bron ontbreekt: een ingevulde waarde noemt haar bron (of laat de "
                                            "waarde leeg: onbekend)"));
    };
    needsSource(body.legalForm.has_value(), body.legalFormSource, "legalFormSource");
    if (body.oversight && body.oversight->isEmpty())
        add(problems, field("oversight"),
            QCoreApplication::translate("regio::registry", "lege lijst; laat leeg als het onbekend is"));
    else if (body.oversight && body.oversight->contains(Oversight::Geen) && body.oversight->size() > 1)
        add(problems, field("oversight"),
            QCoreApplication::translate("regio::registry",
                                        "'geen' (geen gekozen raad direct) gaat niet samen met gemeenteraden of Provinciale Staten"));
    needsSource(body.oversight.has_value(), body.oversightSource, "oversightSource");
    if (body.fundingSources && body.fundingSources->isEmpty())
        add(problems, field("fundingSources"),
            QCoreApplication::translate("regio::registry", "lege lijst; laat leeg als het onbekend is"));
    needsSource(body.fundingSources.has_value(), body.fundingSourcesSource, "fundingSourcesSource");
    const RegistryProblems territory = validateTerritory(body.territory, regions, field("territory"), version);
    problems.insert(problems.end(), territory.begin(), territory.end());
    checkText(body.territoryBasis, field("territoryBasis"),
              QCoreApplication::translate("regio::registry", "gebied in woorden ontbreekt: beschrijf het werkgebied, en zeg of het benaderd is"), problems);
    checkText(body.source, field("source"), QCoreApplication::translate("regio::registry", "lege bron: elke vermelding noemt haar bron"),
              problems);
    return problems;
}

RegistryProblems findDuplicateIds(const std::vector<Body>& bodies)
{
    RegistryProblems problems;
    QHash<QString, int> first;
    for (size_t i = 0; i < bodies.size(); ++i) {
        const QString& id = bodies[i].id;
        if (id.isEmpty())
            continue;
        const auto it = first.constFind(id);
        if (it != first.cend())
            add(problems, bodyPath(int(i)) + QStringLiteral(".id"),
                QCoreApplication::translate("regio::registry", "dubbele id '%1' (ook in %2)").arg(id, bodyPath(it.value())));
        else
            first.insert(id, int(i));
    }
    return problems;
}

RegistryProblems validate(const Registry& registry, const RegionModel& regions, int version)
{
    RegistryProblems problems;
    for (size_t i = 0; i < registry.bodies.size(); ++i) {
        const RegistryProblems own = validateBody(registry.bodies[i], regions, bodyPath(int(i)), version);
        problems.insert(problems.end(), own.begin(), own.end());
    }
    const RegistryProblems duplicates = findDuplicateIds(registry.bodies);
    problems.insert(problems.end(), duplicates.begin(), duplicates.end());
    return problems;
}

} // namespace regio::registry
