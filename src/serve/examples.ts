/** What GraphiQL opens with: runnable examples of the API, one operation each. */
export const EXAMPLE_QUERIES = `# Welcome to modelgraph. Pick an operation with the run button's menu.

query Papers {
  papers(first: 20) {
    totalCount
    edges {
      node {
        title
        date
        authors { name }
        organizations { name }
      }
    }
  }
}

query PaperByTitle {
  paper(title: "Gemma 3 Technical Report") {
    title
    date
    authorsTruncated
    authors { name }
  }
}
`;
