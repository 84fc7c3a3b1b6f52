// Constraints and indexes, applied at start-up and before seeding. Every statement is idempotent.
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT model_key IF NOT EXISTS FOR (m:Model) REQUIRE m.key IS UNIQUE;
CREATE CONSTRAINT author_name IF NOT EXISTS FOR (a:Author) REQUIRE a.name IS UNIQUE;
CREATE CONSTRAINT organization_name IF NOT EXISTS FOR (o:Organization) REQUIRE o.name IS UNIQUE;
CREATE CONSTRAINT capability_name IF NOT EXISTS FOR (c:Capability) REQUIRE c.name IS UNIQUE;
CREATE CONSTRAINT technique_name IF NOT EXISTS FOR (t:Technique) REQUIRE t.name IS UNIQUE;
CREATE CONSTRAINT benchmark_name IF NOT EXISTS FOR (b:Benchmark) REQUIRE b.name IS UNIQUE;
CREATE CONSTRAINT model_name_key IF NOT EXISTS FOR (n:ModelName) REQUIRE n.key IS UNIQUE;
CREATE INDEX evidence_fact IF NOT EXISTS FOR (e:Evidence) ON (e.fact);
CREATE INDEX evidence_paper IF NOT EXISTS FOR (e:Evidence) ON (e.paperId);
CREATE INDEX paper_date IF NOT EXISTS FOR (p:Paper) ON (p.date);
CREATE INDEX model_family IF NOT EXISTS FOR (m:Model) ON (m.family);
// Model.introduced (the earliest introducing paper's date): models(filter: {introducedAfter/Before}) seeks a range.
CREATE INDEX model_introduced IF NOT EXISTS FOR (m:Model) ON (m.introduced);
// Model.sortName (the name folded for case): models(filter: {capability}) walks models in name order.
CREATE INDEX model_sort_name IF NOT EXISTS FOR (m:Model) ON (m.sortName);
CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:Model|Paper|Capability|Technique|Benchmark) ON EACH [n.name, n.title, n.abstract, n.aliasText];
CREATE CONSTRAINT hf_repo_key IF NOT EXISTS FOR (r:HfRepo) REQUIRE r.key IS UNIQUE;
CREATE INDEX paper_arxiv_id IF NOT EXISTS FOR (p:Paper) ON (p.arxivId);
