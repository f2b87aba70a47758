// The pages of its own that a foundation's site has beside the show, for the benchmark's second pair of
// sites (bench-sites.js): a shared layout (navbar, footer, a stylesheet, a Head that reads siteMetadata),
// pages under src/pages (about, blog list, events, projects, 404) and a createPages in gatsby-node.js
// that makes 8 pages from the markdown files under src/pages by their templateKey, with 3 templates
// (blog post, event, content page), as the foundation's site does. They matter to the theme's cost
// because Gatsby's webpack runtime and app chunk list every page component's chunk: on a site with
// templates of its own, those lists are longer, and /live/ pays a little more than on a theme-only site.
// The files are the same with the theme and without it; the site's createPages leaves alone the
// markdown of any templateKey that is not one of its own (the show's file, when the theme is there).

// Where the site's pages are listed, as a navbar does.
const NAVBAR = `import * as React from "react"
import { Link } from "gatsby"

const LINKS = [
  ["/about/", "About"],
  ["/projects/", "Projects"],
  ["/events/", "Events"],
  ["/blog/", "Blog"],
]

export default function Navbar() {
  return (
    <nav className="navbar" aria-label="Main">
      <Link to="/about/" className="navbar-brand">Open Infrastructure Foundation</Link>
      <ul>
        {LINKS.map(([to, text]) => (
          <li key={to}>
            <Link to={to} activeClassName="is-active" partiallyActive>{text}</Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
`

const FOOTER = `import * as React from "react"
import { Link } from "gatsby"

export default function Footer() {
  const year = new Date().getFullYear()
  return (
    <footer className="footer">
      <div className="columns">
        <section>
          <h2>Foundation</h2>
          <Link to="/about/">About</Link>
          <Link to="/about/staff/">Staff</Link>
          <Link to="/about/governance/">Governance</Link>
        </section>
        <section>
          <h2>Community</h2>
          <Link to="/events/">Events</Link>
          <Link to="/blog/">Blog</Link>
          <a href="https://lists.example.org/">Mailing lists</a>
        </section>
      </div>
      <p>© {year} Open Infrastructure Foundation. Made with open source.</p>
    </footer>
  )
}
`

const LAYOUT = `import * as React from "react"
import Navbar from "./Navbar"
import Footer from "./Footer"
import "../styles/site.css"

export default function Layout({ children, className = "" }) {
  return (
    <div className="wrapper">
      <Navbar />
      <main className={"content " + className}>{children}</main>
      <Footer />
    </div>
  )
}
`

const SEO = `import * as React from "react"
import { graphql, useStaticQuery } from "gatsby"

export default function Seo({ title, description, path }) {
  const { site } = useStaticQuery(graphql\`
    query SiteUrl {
      site {
        siteMetadata {
          siteUrl
        }
      }
    }
  \`)
  return (
    <>
      <title>{title + " | Open Infrastructure Foundation"}</title>
      {description && <meta name="description" content={description} />}
      <link rel="canonical" href={site.siteMetadata.siteUrl + path} />
      <meta property="og:title" content={title} />
    </>
  )
}
`

const FORMAT_DATE = `const DATE = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" })

export function formatDate(iso) {
  return DATE.format(new Date(iso))
}

export function formatRange(start, end) {
  return end && end !== start ? formatDate(start) + " – " + formatDate(end) : formatDate(start)
}
`

const PROJECTS = `export const PROJECTS = [
  { name: "OpenStack", url: "https://www.openstack.org/", text: "Open source software for building public and private clouds." },
  { name: "Kata Containers", url: "https://katacontainers.io/", text: "Lightweight virtual machines that feel and perform like containers." },
  { name: "StarlingX", url: "https://www.starlingx.io/", text: "A complete cloud infrastructure software stack for the edge." },
  { name: "Zuul", url: "https://zuul-ci.org/", text: "Project gating: keep every commit of a project working." },
  { name: "Airship", url: "https://www.airshipit.org/", text: "Declarative lifecycle management of open infrastructure." },
]
`

const STYLES = `:root { --ink: #1d2433; --accent: #cf1f45; --paper: #fff; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 system-ui, sans-serif; color: var(--ink); background: var(--paper); }
.navbar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; padding: 1rem 2rem; border-bottom: 1px solid #e3e6ec; }
.navbar ul { display: flex; gap: 1.5rem; margin: 0; padding: 0; list-style: none; }
.navbar a { color: inherit; text-decoration: none; }
.navbar a.is-active { color: var(--accent); }
.navbar-brand { font-weight: 700; }
.content { max-width: 60rem; margin: 0 auto; padding: 2rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1.5rem; padding: 0; list-style: none; }
.card { padding: 1.25rem; border: 1px solid #e3e6ec; border-radius: 8px; }
.meta { color: #5b6474; font-size: 0.875rem; }
.button { display: inline-block; padding: 0.5rem 1.25rem; border-radius: 4px; background: var(--accent); color: #fff; text-decoration: none; }
.footer { padding: 2rem; background: #1d2433; color: #fff; }
.footer a { display: block; color: #cfd6e4; }
.footer .columns { display: flex; gap: 4rem; }
`

const ABOUT_PAGE = `import * as React from "react"
import { Link } from "gatsby"
import Layout from "../components/Layout"
import Seo from "../components/Seo"

export default function About() {
  return (
    <Layout className="about">
      <h1>About the foundation</h1>
      <p>
        The Open Infrastructure Foundation builds communities that write open source infrastructure software
        that runs in production. It supports projects from the first commit to the largest clouds, with
        events, testing infrastructure and a neutral home for their code and trademarks.
      </p>
      <h2>How we work</h2>
      <p>The four opens guide everything we do: open source, open design, open development and open community.</p>
      <ul>
        <li><Link to="/about/staff/">The staff</Link> who run the foundation day to day</li>
        <li><Link to="/about/governance/">Governance</Link>: the board, the committees and the bylaws</li>
        <li><Link to="/projects/">The projects</Link> the foundation hosts</li>
      </ul>
    </Layout>
  )
}

export const Head = () => <Seo title="About" description="Who we are and how we work" path="/about/" />
`

const BLOG_PAGE = `import * as React from "react"
import { graphql, Link } from "gatsby"
import Layout from "../components/Layout"
import Seo from "../components/Seo"
import { formatDate } from "../utils/format-date"

export default function Blog({ data }) {
  return (
    <Layout className="blog">
      <h1>News from the community</h1>
      <ul className="cards">
        {data.allMarkdownRemark.nodes.map((post) => (
          <li className="card" key={post.id}>
            <p className="meta">{formatDate(post.frontmatter.date)} · {post.frontmatter.author}</p>
            <h2><Link to={post.fields.slug}>{post.frontmatter.title}</Link></h2>
            <p>{post.excerpt}</p>
          </li>
        ))}
      </ul>
    </Layout>
  )
}

export const query = graphql\`
  query BlogList {
    allMarkdownRemark(filter: { frontmatter: { templateKey: { eq: "blog-post" } } }, sort: { frontmatter: { date: DESC } }) {
      nodes {
        id
        excerpt(pruneLength: 160)
        fields {
          slug
        }
        frontmatter {
          title
          date
          author
        }
      }
    }
  }
\`

export const Head = () => <Seo title="Blog" description="News from the open infrastructure community" path="/blog/" />
`

const EVENTS_PAGE = `import * as React from "react"
import { graphql, Link } from "gatsby"
import Layout from "../components/Layout"
import Seo from "../components/Seo"
import { formatRange } from "../utils/format-date"

export default function Events({ data }) {
  return (
    <Layout className="events">
      <h1>Events</h1>
      <p>Summits, OpenInfra Days and meetups, where the community meets in person.</p>
      <ul className="cards">
        {data.allMarkdownRemark.nodes.map((event) => (
          <li className="card" key={event.id}>
            <p className="meta">{formatRange(event.frontmatter.date, event.frontmatter.endDate)} · {event.frontmatter.location}</p>
            <h2><Link to={event.fields.slug}>{event.frontmatter.title}</Link></h2>
          </li>
        ))}
      </ul>
    </Layout>
  )
}

export const query = graphql\`
  query EventList {
    allMarkdownRemark(filter: { frontmatter: { templateKey: { eq: "event-page" } } }, sort: { frontmatter: { date: ASC } }) {
      nodes {
        id
        fields {
          slug
        }
        frontmatter {
          title
          date
          endDate
          location
        }
      }
    }
  }
\`

export const Head = () => <Seo title="Events" description="Where the community meets" path="/events/" />
`

const PROJECTS_PAGE = `import * as React from "react"
import Layout from "../components/Layout"
import Seo from "../components/Seo"
import { PROJECTS } from "../data/projects"

export default function Projects() {
  return (
    <Layout className="projects">
      <h1>Projects</h1>
      <ul className="cards">
        {PROJECTS.map((project) => (
          <li className="card" key={project.name}>
            <h2>{project.name}</h2>
            <p>{project.text}</p>
            <a className="button" href={project.url}>Visit {project.name}</a>
          </li>
        ))}
      </ul>
    </Layout>
  )
}

export const Head = () => <Seo title="Projects" description="The projects the foundation hosts" path="/projects/" />
`

const NOT_FOUND_PAGE = `import * as React from "react"
import { Link } from "gatsby"
import Layout from "../components/Layout"

export default function NotFound() {
  return (
    <Layout>
      <h1>Page not found</h1>
      <p>Sorry, there is nothing here. <Link to="/about/">Start from the about page</Link>.</p>
    </Layout>
  )
}

export const Head = () => <title>Page not found</title>
`

const BLOG_POST = `import * as React from "react"
import { graphql, Link } from "gatsby"
import Layout from "../components/Layout"
import Seo from "../components/Seo"
import { formatDate } from "../utils/format-date"

export default function BlogPost({ data: { post }, pageContext: { previous, next } }) {
  return (
    <Layout className="blog-post">
      <article>
        <p className="meta">{formatDate(post.frontmatter.date)} · {post.frontmatter.author}</p>
        <h1>{post.frontmatter.title}</h1>
        <div dangerouslySetInnerHTML={{ __html: post.html }} />
        <p className="meta">Tags: {post.frontmatter.tags.join(", ")}</p>
      </article>
      <nav className="post-nav" aria-label="More posts">
        {previous && <Link to={previous}>← Older post</Link>}
        {next && <Link to={next}>Newer post →</Link>}
      </nav>
    </Layout>
  )
}

export const query = graphql\`
  query BlogPostById($id: String!) {
    post: markdownRemark(id: { eq: $id }) {
      html
      excerpt
      fields {
        slug
      }
      frontmatter {
        title
        date
        author
        tags
      }
    }
  }
\`

export const Head = ({ data: { post } }) => <Seo title={post.frontmatter.title} description={post.excerpt} path={post.fields.slug} />
`

const EVENT_PAGE = `import * as React from "react"
import { graphql } from "gatsby"
import Layout from "../components/Layout"
import Seo from "../components/Seo"
import { formatRange } from "../utils/format-date"

export default function EventPage({ data: { event } }) {
  const { title, date, endDate, location, registration } = event.frontmatter
  return (
    <Layout className="event">
      <h1>{title}</h1>
      <p className="meta">{formatRange(date, endDate)} · {location}</p>
      <div dangerouslySetInnerHTML={{ __html: event.html }} />
      {registration && <a className="button" href={registration}>Register</a>}
    </Layout>
  )
}

export const query = graphql\`
  query EventById($id: String!) {
    event: markdownRemark(id: { eq: $id }) {
      html
      fields {
        slug
      }
      frontmatter {
        title
        date
        endDate
        location
        registration
      }
    }
  }
\`

export const Head = ({ data: { event } }) => <Seo title={event.frontmatter.title} path={event.fields.slug} />
`

const CONTENT_PAGE = `import * as React from "react"
import { graphql } from "gatsby"
import Layout from "../components/Layout"
import Seo from "../components/Seo"

export default function ContentPage({ data: { page } }) {
  return (
    <Layout className="content-page">
      <h1>{page.frontmatter.title}</h1>
      {page.frontmatter.subtitle && <p className="meta">{page.frontmatter.subtitle}</p>}
      <div dangerouslySetInnerHTML={{ __html: page.html }} />
    </Layout>
  )
}

export const query = graphql\`
  query ContentPageById($id: String!) {
    page: markdownRemark(id: { eq: $id }) {
      html
      fields {
        slug
      }
      frontmatter {
        title
        subtitle
      }
    }
  }
\`

export const Head = ({ data: { page } }) => <Seo title={page.frontmatter.title} path={page.fields.slug} />
`

// A page for each markdown file of one of the site's templateKeys, at the file's path under src/pages;
// the blog posts linked to the one before and after.
const GATSBY_NODE = `const path = require("path")
const { createFilePath } = require("gatsby-source-filesystem")

const TEMPLATES = ["blog-post", "event-page", "content-page"]

exports.onCreateNode = ({ node, actions, getNode }) => {
  if (node.internal.type !== "MarkdownRemark") return
  actions.createNodeField({ node, name: "slug", value: createFilePath({ node, getNode }) })
}

exports.createPages = async ({ actions: { createPage }, graphql, reporter }) => {
  const { data, errors } = await graphql(\`
    query SitePages {
      allMarkdownRemark(sort: { frontmatter: { date: ASC } }) {
        nodes {
          id
          fields {
            slug
          }
          frontmatter {
            templateKey
          }
        }
      }
    }
  \`)
  if (errors) {
    reporter.panicOnBuild("The markdown pages could not be listed", errors)
    return
  }
  const nodes = data.allMarkdownRemark.nodes.filter((node) => TEMPLATES.includes(node.frontmatter.templateKey))
  const posts = nodes.filter((node) => node.frontmatter.templateKey === "blog-post")
  for (const node of nodes) {
    const index = posts.indexOf(node)
    createPage({
      path: node.fields.slug,
      component: path.resolve("src", "templates", node.frontmatter.templateKey + ".js"),
      context: {
        id: node.id,
        previous: index > 0 ? posts[index - 1].fields.slug : null,
        next: index >= 0 && index < posts.length - 1 ? posts[index + 1].fields.slug : null,
      },
    })
  }
}
`

const markdown = (frontmatter, body) => `---\n${frontmatter.trim()}\n---\n${body.trim()}\n`

const POSTS = {
  "2024-02-06-kata-containers-3-3": markdown(
    `
templateKey: blog-post
title: Kata Containers 3.3 brings confidential containers closer to production
date: 2024-02-06
author: Ana Souza
tags: [kata-containers, releases, security]
`,
    `
The Kata Containers community released version 3.3 this week, the first release in which confidential
containers run on every major trusted execution environment with the same runtime configuration.

## What is new

- **Confidential guest images** can now be pulled and measured inside the guest, so that the host never
  sees their content.
- **Cloud Hypervisor** is the default virtual machine monitor on x86_64, with faster boot times.
- **Resource accounting** for sandboxes is now exact, which the Kubernetes scheduler relies on.

Thanks to the 96 contributors from 21 organizations who made this release. Read the
[release notes](https://github.com/kata-containers/kata-containers/releases) for the full list of changes.
`,
  ),
  "2024-03-12-openstack-caracal": markdown(
    `
templateKey: blog-post
title: "OpenStack 2024.1 Caracal: the first SLURP release with AI workloads in mind"
date: 2024-03-12
author: Jonathan Bryce
tags: [openstack, releases]
`,
    `
OpenStack 2024.1, code-named Caracal, is the 29th release of the most widely deployed open source cloud
infrastructure software. It is a SLURP release: operators can upgrade to it directly from 2023.1 Antelope.

Caracal adds vGPU live migration in Nova, better support for GPU passthrough and SR-IOV devices, and a new
default RBAC policy that many operators asked for. More than 500 contributors from over 90 organizations
worked on it over six months.

> "Caracal makes it easier than ever to run AI and HPC workloads on OpenStack," said a member of the
> Technical Committee.

The release is available now from the [OpenStack website](https://releases.openstack.org/caracal/).
`,
  ),
  "2024-04-18-zuul-at-scale": markdown(
    `
templateKey: blog-post
title: How the OpenDev collaboratory runs Zuul at scale
date: 2024-04-18
author: Clark Boylan
tags: [zuul, ci, opendev]
`,
    `
Every change to an OpenStack project is tested by Zuul before it merges: that is about 1,200 changes and
40,000 jobs a day, on donated cloud resources from six providers on three continents.

This post walks through how the OpenDev team keeps that system running: how nodes are requested and
recycled, how the job logs are stored, and what happens when a provider goes down in the middle of a busy
week. Most of it is configuration anyone can reuse for their own Zuul deployment.
`,
  ),
  "2024-05-21-starlingx-9": markdown(
    `
templateKey: blog-post
title: StarlingX 9.0 is out, with Kubernetes 1.27 and a smaller footprint
date: 2024-05-21
author: Ildikó Váncsa
tags: [starlingx, edge, releases]
`,
    `
StarlingX 9.0 updates the edge computing platform to Kubernetes 1.27 and cuts the memory a single-server
deployment needs by almost a third.

Other highlights include in-service upgrades of distributed clouds of up to 1,000 subclouds, Redfish
support for firmware updates, and improved time synchronization for 5G radio access networks.
`,
  ),
}

const EVENTS = {
  "openinfra-summit-asia-2024": markdown(
    `
templateKey: event-page
title: OpenInfra Summit Asia 2024
date: 2024-09-03
endDate: 2024-09-04
location: Suwon, South Korea
registration: https://summit.example.org/register/
`,
    `
The OpenInfra Summit comes to Asia: two days of talks, workshops and project updates on OpenStack, Kata
Containers, StarlingX and Zuul, hosted at the Samsung Electronics campus in Suwon.

The call for presentations is open until June 30. Sponsorship packages are still available.
`,
  ),
  "openinfra-days-na-2024": markdown(
    `
templateKey: event-page
title: OpenInfra Days North America
date: 2024-10-15
location: Indianapolis, Indiana
`,
    `
A one-day community event for operators and contributors in North America, organized by local user groups
with the support of the foundation. Talks are selected by the community; attendance is free.
`,
  ),
}

const ABOUT = {
  staff: markdown(
    `
templateKey: content-page
title: The foundation's staff
subtitle: The people who run the foundation day to day
`,
    `
The foundation's staff support the communities of its projects: they run the events, the testing
infrastructure and the marketing, and they help new members and contributors find their way.

Reach the staff at [info@example.org](mailto:info@example.org).
`,
  ),
  governance: markdown(
    `
templateKey: content-page
title: Governance
subtitle: The board of directors, the committees and the bylaws
`,
    `
The foundation is governed by a board of directors elected by its members: Platinum and Gold members
appoint directors, and individual members elect the others every year.

Each project has its own technical governance, independent of the board: a technical committee or a set of
maintainers elected by the project's contributors.
`,
  ),
}

/** The site's own files, by path under the site (its home page, the benchmark's bare page, is the caller's). */
const OWN_PAGES_FILES = {
  "gatsby-node.js": GATSBY_NODE,
  "src/components/Layout.js": LAYOUT,
  "src/components/Navbar.js": NAVBAR,
  "src/components/Footer.js": FOOTER,
  "src/components/Seo.js": SEO,
  "src/utils/format-date.js": FORMAT_DATE,
  "src/data/projects.js": PROJECTS,
  "src/styles/site.css": STYLES,
  "src/pages/about.js": ABOUT_PAGE,
  "src/pages/blog.js": BLOG_PAGE,
  "src/pages/events.js": EVENTS_PAGE,
  "src/pages/projects.js": PROJECTS_PAGE,
  "src/pages/404.js": NOT_FOUND_PAGE,
  "src/templates/blog-post.js": BLOG_POST,
  "src/templates/event-page.js": EVENT_PAGE,
  "src/templates/content-page.js": CONTENT_PAGE,
  ...Object.fromEntries(Object.entries(POSTS).map(([name, text]) => [`src/pages/blog/${name}.md`, text])),
  ...Object.fromEntries(Object.entries(EVENTS).map(([name, text]) => [`src/pages/events/${name}.md`, text])),
  ...Object.fromEntries(Object.entries(ABOUT).map(([name, text]) => [`src/pages/about/${name}.md`, text])),
}

module.exports = { OWN_PAGES_FILES }
