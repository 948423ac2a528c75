// The seeded generator of the synthetic demonstration economy (DESIGN.md §4; docs/economy.md).
// "Demonstratiedata — geen officiële statistiek": the numbers are plausible, not measured.
//
// Model (a latent skill space):
//  1. Every SBI division i gets a point x_i in a 3-dimensional skill space: the centre of its
//     skill cluster (food, process industry, high-tech, logistics, ICT & media, finance, care, …,
//     kSkillClusters) plus Gaussian jitter (sd kJitter). Skill similarity K(i,j) =
//     exp(−|x_i − x_j|² / (2·kKernelWidth²)).
//  2. Employment: region r has a size P_r (thousand jobs, kRegions), an urbanity u_r ∈ [−1, 1] and
//     a few anchor sectors a with strengths s_a (its known specialisations, e.g. port, refining and
//     chemistry in Groot-Rijnmond). Sector i's attraction in r is
//        A[r,i] = kAnchorScale·Σ_a s_a·(K(i,a) + kAnchorBonus·[i = a]) − kUrbanTilt·u_r·x_i[1] + kNoise·z[r,i]
//     with z standard normal; E[r,i] = round(1000·P_r · w_i·exp(A[r,i]) / Σ_k w_k·exp(A[r,k])), where
//     w_i is the national weight of division i (thousand jobs, kDivisionWeights).
//  3. Flows (job switchers i → j, i ≠ j): with N_i = Σ_r E[r,i] and N = Σ_i N_i,
//        F[i,j] = round(kSwitchRate · N_i·N_j/N · (kBaseMobility + K(i,j)) · exp(kFlowNoise·z[i,j]))
//     and F[i,i] = 0; so skill-related sectors exchange more workers than their sizes predict.
// Randomness: xoshiro256** seeded through splitmix64; normal variates as the sum of 12 uniforms
// minus 6 and exp() by a series with repeated squaring — only + − × ÷ of IEEE doubles, so the
// output is the same with every compiler and standard library (no std::*_distribution, no libm).
#include "economy/demo_economy.h"

#include <QCoreApplication>

#include "economy/economy_csv.h"
#include "io/csv.h"

#include <array>
#include <cstring>
#include <stdexcept>

namespace regio::economy {

namespace {

// --- deterministic randomness ----------------------------------------------------------------------

std::uint64_t splitmix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

class Xoshiro256 {
public:
    explicit Xoshiro256(std::uint64_t seed)
    {
        for (auto& word : m_s)
            word = splitmix64(seed);
    }
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    // Approximately standard normal: Irwin–Hall sum of 12 uniforms minus 6 (mean 0, variance 1).
    double normal()
    {
        double s = 0.0;
        for (int k = 0; k < 12; ++k)
            s += uniform();
        return s - 6.0;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<std::uint64_t, 4> m_s{};
};

// exp(x) with basic arithmetic only: exp(x) = (exp(x/2^20))^(2^20), inner value by a 6-term series.
// Relative error ~1e-12 for |x| < 20, identical on every IEEE-754 platform.
double portableExp(double x)
{
    double y = x / 1048576.0;
    double term = 1.0;
    double sum = 1.0;
    for (int k = 1; k <= 6; ++k) {
        term = term * y / double(k);
        sum += term;
    }
    for (int k = 0; k < 20; ++k)
        sum = sum * sum;
    return sum;
}

// --- model parameters -----------------------------------------------------------------------------

constexpr double kJitter = 0.35;
constexpr double kKernelWidth = 1.0;
constexpr double kAnchorScale = 0.6;
constexpr double kAnchorBonus = 0.5;
constexpr double kUrbanTilt = 0.3;
constexpr double kNoise = 0.22;
constexpr double kSwitchRate = 0.3;
constexpr double kBaseMobility = 0.12;
constexpr double kFlowNoise = 0.25;

enum Cluster { Agri, Food, Textile, Materials, Process, Metal, HighTech, Energy, Construction, Logistics,
               Trade, Hospitality, IctMedia, Finance, Research, Support, Public, Education, Care, Personal,
               ClusterCount };

// Centres of the skill clusters; axes loosely: technical/industrial, hands-on vs. office (x[1],
// high = manual and rural), people-oriented/knowledge.
constexpr double kSkillClusters[ClusterCount][3] = {
    {0.0, 4.0, 0.0},   // Agri
    {1.0, 3.3, 0.0},   // Food
    {2.5, 3.5, 0.6},   // Textile
    {2.5, 2.5, 0.0},   // Materials (wood, paper, print, furniture)
    {3.6, 1.5, 0.0},   // Process (oil, gas, chemistry, pharma, plastics)
    {4.0, 2.6, 0.5},   // Metal
    {4.6, 1.8, 1.6},   // HighTech (electronics, machinery, vehicles)
    {3.0, 0.8, -0.6},  // Energy, water, waste
    {2.0, 1.6, -1.6},  // Construction
    {1.4, 0.6, 0.0},   // Logistics
    {0.4, 0.4, 0.6},   // Trade
    {-0.6, 1.0, 1.0},  // Hospitality, tourism
    {2.0, -1.6, 2.0},  // ICT and media
    {1.0, -2.1, 1.4},  // Finance, legal, consulting
    {3.4, -0.6, 2.6},  // Research, engineering
    {0.0, 0.0, -0.6},  // Business support
    {-0.6, -1.5, 0.4}, // Public administration
    {-1.1, -1.0, 2.0}, // Education
    {-2.0, 0.0, 0.5},  // Care
    {-1.0, 1.0, -0.5}, // Personal services
};

struct DivisionModel {
    const char* code;
    Cluster cluster;
    double weight;  // national jobs, thousands (rough order of magnitude)
};

constexpr DivisionModel kDivisionWeights[] = {
    {"01", Agri, 160}, {"02", Agri, 3}, {"03", Agri, 3}, {"06", Process, 5}, {"08", Process, 3},
    {"09", Process, 3}, {"10", Food, 130}, {"11", Food, 12}, {"12", Food, 3}, {"13", Textile, 12},
    {"14", Textile, 4}, {"15", Textile, 3}, {"16", Materials, 15}, {"17", Materials, 20}, {"18", Materials, 25},
    {"19", Process, 6}, {"20", Process, 45}, {"21", Process, 15}, {"22", Process, 35}, {"23", Materials, 25},
    {"24", Metal, 20}, {"25", Metal, 90}, {"26", HighTech, 40}, {"27", HighTech, 25}, {"28", HighTech, 80},
    {"29", HighTech, 25}, {"30", HighTech, 25}, {"31", Materials, 15}, {"32", Materials, 30}, {"33", Metal, 50},
    {"35", Energy, 35}, {"36", Energy, 6}, {"37", Energy, 4}, {"38", Energy, 30}, {"39", Energy, 2},
    {"41", Construction, 120}, {"42", Construction, 60}, {"43", Construction, 280}, {"45", Logistics, 150},
    {"46", Trade, 600}, {"47", Trade, 850}, {"49", Logistics, 230}, {"50", Logistics, 15}, {"51", Logistics, 35},
    {"52", Logistics, 180}, {"53", Logistics, 70}, {"55", Hospitality, 90}, {"56", Hospitality, 420},
    {"58", IctMedia, 35}, {"59", IctMedia, 20}, {"60", IctMedia, 10}, {"61", IctMedia, 25}, {"62", IctMedia, 250},
    {"63", IctMedia, 25}, {"64", Finance, 110}, {"65", Finance, 60}, {"66", Finance, 80}, {"68", Finance, 70},
    {"69", Finance, 250}, {"70", Finance, 280}, {"71", Research, 150}, {"72", Research, 60}, {"73", IctMedia, 50},
    {"74", IctMedia, 70}, {"75", Agri, 10}, {"77", Logistics, 50}, {"78", Support, 560}, {"79", Hospitality, 30},
    {"80", Support, 40}, {"81", Support, 200}, {"82", Support, 120}, {"84", Public, 560}, {"85", Education, 560},
    {"86", Care, 600}, {"87", Care, 500}, {"88", Care, 550}, {"90", IctMedia, 40}, {"91", Public, 25},
    {"92", Hospitality, 5}, {"93", Hospitality, 120}, {"94", Public, 90}, {"95", Personal, 10},
    {"96", Personal, 80}, {"97", Personal, 20}, {"98", Personal, 1}, {"99", Public, 5},
};

struct Anchor {
    const char* sector;
    double strength;
};

struct RegionModel {
    const char* code;
    double size;      // thousand jobs
    double urbanity;  // −1 rural … +1 metropolitan
    std::array<Anchor, 6> anchors;  // unused slots have sector nullptr
};

// Plausible specialisations, after the regional profiles in SER (2017) and common knowledge.
constexpr RegionModel kRegions[] = {
    {"CR01", 60, -0.8, {{{"01", 1.0}, {"17", 1.2}, {"10", 0.6}}}},
    {"CR02", 25, -0.4, {{{"20", 1.6}, {"35", 1.0}, {"52", 0.8}, {"38", 0.6}}}},
    {"CR03", 260, 0.3, {{{"06", 1.8}, {"35", 1.4}, {"09", 1.2}, {"85", 0.6}, {"62", 0.4}}}},
    {"CR04", 70, -0.9, {{{"01", 1.2}, {"10", 1.0}, {"03", 1.0}}}},
    {"CR05", 45, -0.7, {{{"30", 1.4}, {"55", 1.0}, {"01", 0.8}}}},
    {"CR06", 90, -0.6, {{{"10", 0.8}, {"25", 0.8}, {"01", 0.8}, {"31", 0.6}}}},
    {"CR07", 80, -0.5, {{{"84", 1.0}, {"86", 0.6}, {"01", 0.6}}}},
    {"CR08", 70, -0.6, {{{"20", 1.0}, {"22", 1.2}, {"13", 0.8}, {"01", 0.6}}}},
    {"CR09", 60, -0.7, {{{"55", 1.2}, {"93", 0.8}, {"01", 0.8}, {"10", 0.6}}}},
    {"CR10", 190, -0.1, {{{"84", 0.8}, {"86", 0.6}, {"25", 0.6}, {"28", 0.8}, {"30", 0.6}}}},
    {"CR11", 100, -0.2, {{{"52", 0.8}, {"46", 0.6}, {"23", 0.8}, {"28", 0.6}}}},
    {"CR12", 300, 0.0, {{{"13", 1.6}, {"28", 1.0}, {"26", 0.8}, {"85", 0.6}, {"72", 0.6}}}},
    {"CR13", 340, -0.3, {{{"55", 1.0}, {"01", 0.8}, {"10", 0.6}, {"84", 0.8}, {"93", 0.6}}}},
    {"CR14", 150, -0.6, {{{"25", 1.2}, {"28", 1.0}, {"01", 0.8}, {"10", 0.6}}}},
    {"CR15", 370, 0.4, {{{"86", 0.8}, {"85", 0.8}, {"35", 1.2}, {"21", 0.8}, {"72", 0.6}}}},
    {"CR16", 110, -0.5, {{{"49", 1.0}, {"52", 1.0}, {"01", 0.8}, {"46", 0.6}}}},
    {"CR17", 750, 0.8, {{{"62", 1.0}, {"64", 0.8}, {"70", 0.8}, {"85", 0.6}, {"69", 0.6}, {"61", 0.6}}}},
    {"CR18", 100, -0.6, {{{"01", 1.2}, {"03", 1.2}, {"84", 0.8}, {"55", 0.8}}}},
    {"CR19", 110, -0.2, {{{"01", 0.8}, {"10", 0.6}, {"86", 0.6}, {"09", 0.6}}}},
    {"CR20", 70, 0.0, {{{"24", 2.2}, {"25", 0.8}, {"52", 0.8}, {"20", 0.6}}}},
    {"CR21", 100, 0.5, {{{"70", 0.6}, {"68", 0.6}, {"73", 0.6}, {"86", 0.6}}}},
    {"CR22", 65, 0.2, {{{"10", 1.4}, {"11", 0.8}, {"46", 0.6}}}},
    {"CR23", 1150, 1.0, {{{"64", 1.4}, {"62", 1.2}, {"66", 1.0}, {"59", 1.0}, {"90", 1.0}, {"51", 1.0}}}},
    {"CR24", 110, 0.5, {{{"59", 1.6}, {"60", 1.8}, {"90", 0.8}, {"73", 0.6}}}},
    {"CR25", 200, 0.3, {{{"01", 1.0}, {"72", 1.2}, {"21", 1.2}, {"85", 0.6}}}},
    {"CR26", 500, 0.9, {{{"84", 1.6}, {"99", 2.0}, {"69", 0.8}, {"94", 0.8}}}},
    {"CR27", 140, 0.2, {{{"01", 1.8}, {"46", 1.0}, {"72", 0.8}, {"71", 0.8}}}},
    {"CR28", 200, -0.2, {{{"10", 1.0}, {"01", 0.8}, {"49", 0.8}, {"43", 0.6}}}},
    {"CR29", 800, 0.7, {{{"52", 1.6}, {"50", 1.4}, {"19", 1.8}, {"20", 1.2}, {"35", 0.8}, {"49", 0.8}}}},
    {"CR30", 220, 0.1, {{{"30", 1.6}, {"33", 1.0}, {"28", 0.8}, {"50", 1.0}}}},
    {"CR31", 40, -0.7, {{{"20", 1.8}, {"52", 0.8}, {"01", 0.8}}}},
    {"CR32", 140, -0.5, {{{"35", 1.4}, {"55", 1.0}, {"03", 1.2}, {"24", 0.8}}}},
    {"CR33", 300, 0.0, {{{"20", 1.2}, {"52", 1.0}, {"49", 0.6}, {"01", 0.6}}}},
    {"CR34", 230, 0.1, {{{"52", 1.2}, {"49", 0.8}, {"46", 0.6}, {"13", 0.6}}}},
    {"CR35", 330, -0.2, {{{"10", 1.2}, {"21", 1.2}, {"01", 0.8}, {"28", 0.4}}}},
    {"CR36", 420, 0.3, {{{"28", 1.6}, {"26", 1.4}, {"27", 1.0}, {"29", 1.0}, {"72", 1.0}, {"71", 0.8}}}},
    {"CR37", 150, -0.5, {{{"01", 1.4}, {"52", 1.2}, {"10", 0.6}, {"49", 0.6}}}},
    {"CR38", 110, -0.4, {{{"17", 1.0}, {"22", 0.8}, {"46", 0.6}, {"47", 0.4}}}},
    {"CR39", 290, 0.3, {{{"20", 1.6}, {"29", 1.0}, {"85", 0.6}, {"86", 0.6}, {"72", 0.6}}}},
    {"CR40", 170, 0.0, {{{"01", 1.0}, {"52", 0.8}, {"41", 0.6}, {"62", 0.4}}}},
};

double squaredDistance(const std::array<double, 3>& a, const std::array<double, 3>& b)
{
    double d = 0.0;
    for (int k = 0; k < 3; ++k)
        d += (a[std::size_t(k)] - b[std::size_t(k)]) * (a[std::size_t(k)] - b[std::size_t(k)]);
    return d;
}

double roundHalfUp(double v) { return double(std::int64_t(v + 0.5)); }  // v ≥ 0

} // namespace

EconomyData generateDemoEconomy(std::uint64_t seed)
{
    EconomyData d;
    d.sectors = sbiDivisions();
    d.regions = coropAreas();
    d.demonstration = true;
    const std::size_t n = d.sectors.size();
    const std::size_t nr = d.regions.size();
    if (n != std::size(kDivisionWeights) || nr != std::size(kRegions))
        throw std::logic_error("demo generator: classification tables and model tables differ");

    QStringList sectorCodes;
    for (std::size_t i = 0; i < n; ++i) {
        if (d.sectors[i].code != QLatin1String(kDivisionWeights[i].code))
            throw std::logic_error("demo generator: sector order differs");
        sectorCodes << d.sectors[i].code;
    }
    QStringList regionCodes;
    for (std::size_t r = 0; r < nr; ++r) {
        if (d.regions[r].code != QLatin1String(kRegions[r].code))
            throw std::logic_error("demo generator: region order differs");
        regionCodes << d.regions[r].code;
    }

    Xoshiro256 rng(seed);
    // 1. Skill positions.
    std::vector<std::array<double, 3>> x(n);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t k = 0; k < 3; ++k)
            x[i][k] = kSkillClusters[kDivisionWeights[i].cluster][k] + kJitter * rng.normal();
    Matrix kernel(sectorCodes, sectorCodes);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            kernel(i, j) = portableExp(-squaredDistance(x[i], x[j]) / (2.0 * kKernelWidth * kKernelWidth));

    // 2. Employment.
    d.employment = Matrix(regionCodes, sectorCodes);
    for (std::size_t r = 0; r < nr; ++r) {
        const RegionModel& model = kRegions[r];
        std::vector<double> attraction(n, 0.0);
        for (const Anchor& a : model.anchors) {
            if (a.sector == nullptr)
                continue;
            const qsizetype ai = sectorCodes.indexOf(QLatin1String(a.sector));
            if (ai < 0)
                throw std::logic_error("demo generator: unknown anchor sector");
            for (std::size_t i = 0; i < n; ++i)
                attraction[i] += kAnchorScale * a.strength * (kernel(i, std::size_t(ai)) + (i == std::size_t(ai) ? kAnchorBonus : 0.0));
        }
        std::vector<double> raw(n);
        double sum = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            const double a = attraction[i] - kUrbanTilt * model.urbanity * x[i][1] + kNoise * rng.normal();
            raw[i] = kDivisionWeights[i].weight * portableExp(a);
            sum += raw[i];
        }
        for (std::size_t i = 0; i < n; ++i)
            d.employment(r, i) = roundHalfUp(1000.0 * model.size * raw[i] / sum);
    }

    // 3. Flows.
    std::vector<double> national(n);
    double total = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        national[i] = d.employment.colSum(i);
        total += national[i];
    }
    d.flows = Matrix(sectorCodes, sectorCodes);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            const double z = rng.normal();  // drawn for the diagonal too, keeping the stream simple
            if (i == j)
                continue;
            const double expected = kSwitchRate * national[i] * national[j] / total * (kBaseMobility + kernel(i, j));
            d.flows(i, j) = roundHalfUp(expected * portableExp(kFlowNoise * z));
        }
    return d;
}

std::vector<std::pair<QString, QByteArray>> demoCsvFiles(const EconomyData& demo, std::uint64_t seed)
{
    const QString notice = demoNotice()
        + QCoreApplication::translate("regio::economy", ". Synthetisch: SBI 2008-afdelingen × COROP-gebieden 2025, gegenereerd met "
                         "'regio generate-demo --seed %1' (zie docs/economy.md).")
              .arg(seed);
    std::vector<std::pair<QString, QByteArray>> files;
    files.emplace_back(QStringLiteral("demo-employment.csv"),
                       matrixToCsv(demo.employment, QStringLiteral("region"),
                                   {notice, QCoreApplication::translate("regio::economy", "Werkgelegenheid (banen) per COROP-gebied en SBI-afdeling.")})
                           .toUtf8());
    files.emplace_back(QStringLiteral("demo-flows.csv"),
                       matrixToCsv(demo.flows, QStringLiteral("from"),
                                   {notice, QCoreApplication::translate("regio::economy", "Baanwisselaars van sector (rij) naar sector (kolom).")})
                           .toUtf8());
    QString sectors = QStringLiteral("# ") + notice + QLatin1Char('\n');
    sectors += io::csvLine({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("section"), QStringLiteral("section_name")});
    for (const SectorInfo& s : demo.sectors)
        sectors += io::csvLine({s.code, s.name, s.section, s.sectionName});
    files.emplace_back(QStringLiteral("demo-sectors.csv"), sectors.toUtf8());
    QString regions = QStringLiteral("# ") + notice + QCoreApplication::translate("regio::economy", " Gebiedsnamen: Bron: CBS/Kadaster.\n");
    regions += io::csvLine({QStringLiteral("code"), QStringLiteral("name")});
    for (const RegionInfo& r : demo.regions)
        regions += io::csvLine({r.code, r.name});
    files.emplace_back(QStringLiteral("demo-regions.csv"), regions.toUtf8());
    return files;
}

} // namespace regio::economy
