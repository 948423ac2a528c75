#include "graph/synthetic.h"

#include <QCoreApplication>

#include "graph/random.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace regio::graph {

std::vector<double> normalisedSkillRelatedness(std::span<const double> flows, std::size_t n)
{
    if (flows.size() != n * n)
        throw std::invalid_argument("normalisedSkillRelatedness: flow matrix is not n×n");
    std::vector<double> out(n, 0.0), in(n, 0.0);
    double total = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            if (i == j)
                continue;
            out[i] += flows[i * n + j];
            in[j] += flows[i * n + j];
            total += flows[i * n + j];
        }
    auto normalised = [&](std::size_t i, std::size_t j) {
        if (!(out[i] > 0.0) || !(in[j] > 0.0))
            return -1.0;
        const double sr = flows[i * n + j] * total / (out[i] * in[j]);
        return (sr - 1.0) / (sr + 1.0);
    };
    std::vector<double> result(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            const double value = 0.5 * (normalised(i, j) + normalised(j, i));
            result[i * n + j] = value;
            result[j * n + i] = value;
        }
    return result;
}

SyntheticNetwork syntheticNetwork(const SyntheticOptions& options)
{
    const std::size_t n = options.sectors;
    const std::size_t communities = options.communities > 0
        ? options.communities
        : std::max<std::size_t>(2, std::size_t(std::sqrt(double(n)) / 2.0 + 0.5));
    SplitMix64 rng(options.seed);

    // Community centres on a jittered grid in the unit square.
    const std::size_t side = std::size_t(std::ceil(std::sqrt(double(communities))));
    struct Point2 {
        double x, y;
    };
    std::vector<Point2> centre(communities);
    for (std::size_t c = 0; c < communities; ++c) {
        const double cell = 1.0 / double(side);
        centre[c] = {(double(c % side) + 0.5 + 0.3 * rng.uniform(-1.0, 1.0)) * cell,
                     (double(c / side) + 0.5 + 0.3 * rng.uniform(-1.0, 1.0)) * cell};
    }

    static const char sections[] = "ABCDEFGHIJKLMNOPQRSTU"; // the 21 SBI 2008 sections
    SyntheticNetwork net;
    net.nodes.resize(n);
    net.planted.resize(n);
    std::vector<Point2> where(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t c = i % communities;
        net.planted[i] = int(c);
        where[i] = {centre[c].x + options.spread * rng.normal(), centre[c].y + options.spread * rng.normal()};
        SectorNode& node = net.nodes[i];
        node.id = QStringLiteral("S%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        node.label = QCoreApplication::translate("regio::graph", "Synthetische sector %1").arg(i + 1);
        // Mostly the community's own section, sometimes another one (sections cut across skills).
        const std::size_t section = rng.uniform() < 0.8 ? c % 21 : std::size_t(rng.uniform() * 21.0);
        node.section = QString(QLatin1Char(sections[std::min<std::size_t>(section, 20)]));
        const double u = rng.uniform();
        node.weight = std::floor(200.0 * (1.0 + 99.0 * u * u * u)); // 200 … 20,000 jobs, skewed
    }

    // Gravity model: λ[i,j] ∝ E_i·E_j·κ(d_ij), κ(d) = 1/(1 + (d/reach)²)²; flows are λ with
    // ±25 % noise, stochastically rounded to whole people.
    net.flows.assign(n * n, 0.0);
    std::vector<double> lambda(n * n, 0.0);
    double sum = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            if (i == j)
                continue;
            const double dx = (where[i].x - where[j].x) / options.reach;
            const double dy = (where[i].y - where[j].y) / options.reach;
            const double k = 1.0 / (1.0 + dx * dx + dy * dy);
            lambda[i * n + j] = net.nodes[i].weight * net.nodes[j].weight * k * k;
            sum += lambda[i * n + j];
        }
    const double scale = sum > 0.0 ? options.switchersPerSector * double(n) / sum : 0.0;
    for (std::size_t a = 0; a < n * n; ++a) {
        if (!(lambda[a] > 0.0))
            continue;
        const double noisy = lambda[a] * scale * std::max(0.0, 1.0 + 0.25 * rng.normal());
        net.flows[a] = std::floor(noisy + rng.uniform());
    }
    net.relatedness = normalisedSkillRelatedness(net.flows, n);
    return net;
}

} // namespace regio::graph
