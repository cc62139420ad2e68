/** An example program that uses nnlab's Java API ({@code org.nnlab.runner.api}) and nothing else of nnlab. */
package org.example.nnapi;
